#include "DataFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace reticle {

QString DataFiles::folder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString DataFiles::path(const QString &fileName)
{
    return folder() + QLatin1Char('/') + fileName;
}

} // namespace reticle
