#include "AppInfo.h"

#include "base/BuildInfo.h"

#include <QCoreApplication>

#include <opencv2/core/version.hpp>

namespace reticle {

QString AppInfo::organizationName() { return QStringLiteral("Reticle"); }
QString AppInfo::applicationName() { return QStringLiteral("Reticle"); }
QString AppInfo::applicationId() { return QStringLiteral("app.reticle.Reticle"); }
QString AppInfo::version() { return QStringLiteral(RETICLE_VERSION_STRING); }
QString AppInfo::homepageUrl() { return QStringLiteral(RETICLE_HOMEPAGE_URL); }
QString AppInfo::qtVersion() { return QString::fromLatin1(qVersion()); }
QString AppInfo::openCvVersion() { return QStringLiteral(CV_VERSION); }

void AppInfo::applyToApplication()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace reticle
