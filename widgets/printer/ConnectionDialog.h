#pragma once

#include "printer/PrinterProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace reticle {

class Settings;

// Choose or edit a printer profile (name, Moonraker address, API key) and connect. Profiles are
// stored in the settings (printer/profiles); the last one used is preselected.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(Settings &settings, QWidget *parent = nullptr);

    // The profile as currently filled in.
    PrinterProfile profile() const;
    QList<PrinterProfile> profiles() const { return m_profiles; }

    void accept() override;

private:
    void showProfile(int index);
    void saveProfile();
    void deleteProfile();
    void store();
    bool validate();

    Settings &m_settings;
    QList<PrinterProfile> m_profiles;
    QComboBox *m_combo;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_apiKey;
    QCheckBox *m_oneshot;
    QLabel *m_error;
    QPushButton *m_connect;
};

} // namespace reticle
