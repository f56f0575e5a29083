#include "CameraPickerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace reticle {

CameraPickerDialog::CameraPickerDialog(const QList<CameraProfile> &saved, const QList<MoonrakerWebcam> &printerWebcams,
                                       const QString &printerHost, const QString &currentName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cameraPickerDialog"));
    setWindowTitle(tr("Choose camera"));
    for (const CameraProfile &profile : saved)
        m_entries.append({profile, false});
    for (const MoonrakerWebcam &webcam : printerWebcams) {
        const CameraProfile profile = CameraProfile::fromMoonrakerWebcam(webcam, printerHost);
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [&](const Entry &e) { return e.profile.url == profile.url; });
        if (!known)
            m_entries.append({profile, true});
    }

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cameraList"));
    m_list->setMinimumWidth(220);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cameraName"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("cameraType"));
    for (CameraProfile::Type type : {CameraProfile::Type::MjpegStream, CameraProfile::Type::Snapshot,
                                     CameraProfile::Type::MediaUrl, CameraProfile::Type::LocalCamera})
        m_type->addItem(CameraProfile::typeDisplayName(type), CameraProfile::typeName(type));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("cameraUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://printer.local/webcam/?action=stream"));
    m_flipH = new QCheckBox(tr("Mirror left/right"), this);
    m_flipV = new QCheckBox(tr("Mirror top/bottom"), this);
    m_rotation = new QComboBox(this);
    for (int degrees : {0, 90, 180, 270})
        m_rotation->addItem(tr("%1°").arg(degrees), degrees);
    m_fps = new QDoubleSpinBox(this);
    m_fps->setRange(0.1, 60.0);
    m_fps->setDecimals(1);
    m_fps->setSuffix(tr(" /s"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("URL:"), m_url);
    form->addRow(QString(), m_flipH);
    form->addRow(QString(), m_flipV);
    form->addRow(tr("Rotation:"), m_rotation);
    form->addRow(tr("Snapshot rate:"), m_fps);
    auto *hint = new QLabel(tr("Cameras marked “printer” come from Moonraker's webcam list. "
                               "Host-relative URLs are resolved against the printer's address."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto *addButton = new QPushButton(tr("New camera"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(form, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use this camera"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, &CameraPickerDialog::addNew);
    connect(m_remove, &QPushButton::clicked, this, &CameraPickerDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &CameraPickerDialog::loadForm);
    for (QLineEdit *edit : {m_name, m_url})
        connect(edit, &QLineEdit::textEdited, this, &CameraPickerDialog::storeForm);
    for (QCheckBox *box : {m_flipH, m_flipV})
        connect(box, &QCheckBox::toggled, this, &CameraPickerDialog::storeForm);
    for (QComboBox *combo : {m_type, m_rotation})
        connect(combo, &QComboBox::currentIndexChanged, this, &CameraPickerDialog::storeForm);
    connect(m_fps, &QDoubleSpinBox::valueChanged, this, &CameraPickerDialog::storeForm);

    int current = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].profile.name == currentName)
            current = i;
    }
    rebuildList(m_entries.isEmpty() ? -1 : current);
    if (m_entries.isEmpty())
        addNew();
}

QString CameraPickerDialog::entryText(const Entry &entry) const
{
    const QString name = entry.profile.name.isEmpty() ? tr("(unnamed)") : entry.profile.name;
    return entry.fromPrinter ? tr("%1 (printer)").arg(name) : name;
}

void CameraPickerDialog::rebuildList(int select)
{
    m_loading = true;
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries))
        m_list->addItem(entryText(entry));
    m_loading = false;
    m_list->setCurrentRow(select);
    loadForm(select);
}

void CameraPickerDialog::loadForm(int row)
{
    if (m_loading)
        return;
    const bool valid = row >= 0 && row < m_entries.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_type, m_url, m_flipH, m_flipV, m_rotation, m_fps,
                                                       m_remove, m_ok})
        w->setEnabled(valid);
    if (!valid)
        return;
    m_loading = true;
    const CameraProfile &p = m_entries[row].profile;
    m_name->setText(p.name);
    m_type->setCurrentIndex(m_type->findData(CameraProfile::typeName(p.type)));
    m_url->setText(p.url.toString());
    m_flipH->setChecked(p.flipHorizontal);
    m_flipV->setChecked(p.flipVertical);
    m_rotation->setCurrentIndex(m_rotation->findData(p.rotation));
    m_fps->setValue(p.snapshotFps);
    m_fps->setEnabled(p.type == CameraProfile::Type::Snapshot);
    m_loading = false;
}

void CameraPickerDialog::storeForm()
{
    if (m_loading)
        return;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    CameraProfile &p = m_entries[row].profile;
    p.name = m_name->text().trimmed();
    p.type = CameraProfile::typeFromName(m_type->currentData().toString());
    p.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        p.url = QUrl();
    p.flipHorizontal = m_flipH->isChecked();
    p.flipVertical = m_flipV->isChecked();
    p.rotation = m_rotation->currentData().toInt();
    p.snapshotFps = m_fps->value();
    m_fps->setEnabled(p.type == CameraProfile::Type::Snapshot);
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(entryText(m_entries[row]));
}

void CameraPickerDialog::addNew()
{
    Entry entry;
    entry.profile.name = tr("Camera %1").arg(m_entries.size() + 1);
    m_entries.append(entry);
    rebuildList(int(m_entries.size()) - 1);
    m_url->setFocus();
}

void CameraPickerDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    rebuildList(std::min<int>(row, int(m_entries.size()) - 1));
}

int CameraPickerDialog::selectedIndex() const
{
    return m_list->currentRow();
}

CameraProfile CameraPickerDialog::selectedProfile() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries[row].profile : CameraProfile();
}

QList<CameraProfile> CameraPickerDialog::profiles() const
{
    QList<CameraProfile> result;
    const int selected = m_list->currentRow();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].fromPrinter || i == selected)
            result.append(m_entries[i].profile);
    }
    return result;
}

} // namespace reticle
