#pragma once

#include "camera/CameraProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace reticle {

// Chooses and edits the camera: the saved profiles plus the webcams the printer's Moonraker
// reports (given as plain data), each editable (name, type, URL, flips, rotation, snapshot rate).
class CameraPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CameraPickerDialog(const QList<CameraProfile> &saved, const QList<MoonrakerWebcam> &printerWebcams,
                       const QString &printerHost, const QString &currentName, QWidget *parent = nullptr);

    // The profiles to keep (the saved ones, edited, plus the chosen one).
    QList<CameraProfile> profiles() const;
    CameraProfile selectedProfile() const;
    int selectedIndex() const;

private:
    struct Entry
    {
        CameraProfile profile;
        bool fromPrinter = false;
    };
    void rebuildList(int select);
    void loadForm(int row);
    void storeForm();
    void addNew();
    void removeCurrent();
    QString entryText(const Entry &entry) const;

    QList<Entry> m_entries;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_url;
    QCheckBox *m_flipH;
    QCheckBox *m_flipV;
    QComboBox *m_rotation;
    QDoubleSpinBox *m_fps;
    QPushButton *m_remove;
    QPushButton *m_ok;
};

} // namespace reticle
