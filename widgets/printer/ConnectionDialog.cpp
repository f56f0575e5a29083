#include "ConnectionDialog.h"

#include "printer/MoonrakerClient.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reticle {

ConnectionDialog::ConnectionDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profiles(PrinterProfile::listFromJson(settings.value(keys::printerProfiles)))
    , m_combo(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_oneshot(new QCheckBox(tr("Use a oneshot token (for proxies that drop the X-Api-Key header)"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to printer"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_address->setObjectName(QStringLiteral("profileAddress"));
    m_address->setPlaceholderText(tr("voron.local or http://192.168.1.20:7125"));
    m_apiKey->setObjectName(QStringLiteral("profileApiKey"));
    m_apiKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_apiKey->setPlaceholderText(tr("empty when the printer trusts this computer"));
    m_oneshot->setObjectName(QStringLiteral("profileOneshot"));
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setStyleSheet(QStringLiteral("color: #e53935;"));
    m_error->setWordWrap(true);

    auto *save = new QPushButton(tr("Save profile"), this);
    save->setObjectName(QStringLiteral("saveProfile"));
    auto *remove = new QPushButton(tr("Delete profile"), this);
    remove->setObjectName(QStringLiteral("deleteProfile"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_combo, 1);
    profileRow->addWidget(save);
    profileRow->addWidget(remove);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), profileRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Moonraker address:"), m_address);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(QString(), m_oneshot);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_combo->addItem(tr("New printer"));
    for (const PrinterProfile &p : std::as_const(m_profiles))
        m_combo->addItem(p.name);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::showProfile);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);

    const int last = m_combo->findText(settings.value(keys::printerLastProfile));
    m_combo->setCurrentIndex(last > 0 ? last : (m_profiles.isEmpty() ? 0 : 1));
    showProfile(m_combo->currentIndex());
}

PrinterProfile ConnectionDialog::profile() const
{
    return {m_name->text().trimmed(), m_address->text().trimmed(), m_apiKey->text().trimmed(), m_oneshot->isChecked()};
}

void ConnectionDialog::showProfile(int index)
{
    m_error->clear();
    if (index <= 0 || index > m_profiles.size()) {
        m_name->clear();
        m_address->clear();
        m_apiKey->clear();
        m_oneshot->setChecked(false);
        return;
    }
    const PrinterProfile &p = m_profiles.at(index - 1);
    m_name->setText(p.name);
    m_address->setText(p.address);
    m_apiKey->setText(p.apiKey);
    m_oneshot->setChecked(p.useOneshotToken);
}

bool ConnectionDialog::validate()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the printer a name."));
        return false;
    }
    if (!MoonrakerClient::websocketUrl(m_address->text()).isValid()) {
        m_error->setText(tr("'%1' is not a Moonraker address.").arg(m_address->text().trimmed()));
        return false;
    }
    m_error->clear();
    return true;
}

void ConnectionDialog::saveProfile()
{
    if (!validate())
        return;
    const PrinterProfile p = profile();
    int index = -1;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == p.name)
            index = i;
    if (index < 0) {
        m_profiles.append(p);
        m_combo->addItem(p.name);
        index = int(m_profiles.size()) - 1;
    } else {
        m_profiles[index] = p;
    }
    store();
    QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(index + 1);
}

void ConnectionDialog::deleteProfile()
{
    const int index = m_combo->currentIndex();
    if (index <= 0)
        return;
    m_profiles.removeAt(index - 1);
    m_combo->removeItem(index);
    store();
}

void ConnectionDialog::store()
{
    m_settings.setValue(keys::printerProfiles, PrinterProfile::listToJson(m_profiles));
    m_settings.sync();
}

void ConnectionDialog::accept()
{
    if (!validate())
        return;
    saveProfile();
    m_settings.setValue(keys::printerLastProfile, profile().name);
    m_settings.sync();
    QDialog::accept();
}

} // namespace reticle
