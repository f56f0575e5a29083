#include "AboutDialog.h"

#include "base/AppInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <mosquitto.h>

namespace reticle {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Reticle"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/reticle.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    int major = 0, minor = 0, revision = 0;
    mosquitto_lib_version(&major, &minor, &revision);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setText(
        QStringLiteral("<h2>Reticle %1</h2><p>%2</p><p>%3</p><p><a href=\"%4\">%4</a></p>")
            .arg(AppInfo::version().toHtmlEscaped(),
                 tr("Camera calibration workstation for multi-tool 3D printers: tool offsets, "
                    "camera calibration and visual quality control through Moonraker."),
                 tr("Built with Qt %1, OpenCV %2 and libmosquitto %3.")
                     .arg(AppInfo::qtVersion(), AppInfo::openCvVersion(),
                          QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision)),
                 AppInfo::homepageUrl()));
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(520, 240);
}

} // namespace reticle
