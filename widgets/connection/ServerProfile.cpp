#include "ServerProfile.h"

#include "store/Store.h"

#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <utility>

namespace caseload {

namespace {

const std::array<std::pair<ServerProfile::SslMode, const char *>, 4> sslModes = {{
    {ServerProfile::SslMode::Disable, "disable"},
    {ServerProfile::SslMode::Prefer, "prefer"},
    {ServerProfile::SslMode::Require, "require"},
    {ServerProfile::SslMode::VerifyFull, "verify-full"},
}};

QString encoded(const QString &part)
{
    // Everything but the unreserved characters: '@', ':', '/', '?', '#', '%' and spaces in a user or
    // database name must not end the part early, and the URL stays ASCII.
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString bracketed(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

QString ServerProfile::location() const
{
    return locationWithPassword(QString());
}

QString ServerProfile::locationWithPassword(const QString &password) const
{
    const QString trimmedHost = host.trimmed();
    if (trimmedHost.isEmpty() || database.isEmpty())
        return QString();
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        url += encoded(user);
        if (!password.isEmpty())
            url += u':' + encoded(password);
        url += u'@';
    }
    url += bracketed(trimmedHost) + u':' + QString::number(port) + u'/' + encoded(database);
    if (sslMode != SslMode::Prefer)
        url += QStringLiteral("?sslmode=") + sslModeKey(sslMode);
    return url;
}

QString ServerProfile::displayName() const
{
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += bracketed(host.trimmed());
    if (port != DefaultPort)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

std::optional<ServerProfile> ServerProfile::fromLocation(const QString &location)
{
    if (!Store::isServerLocation(location))
        return std::nullopt;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    ServerProfile profile;
    profile.host = url.host(QUrl::FullyDecoded);
    profile.port = url.port(DefaultPort);
    profile.database = url.path(QUrl::FullyDecoded).mid(1);
    profile.user = url.userName(QUrl::FullyDecoded);
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    profile.sslMode = sslModeFromKey(mode).value_or(SslMode::Prefer);
    return profile;
}

QString ServerProfile::displayName(const QString &location)
{
    const std::optional<ServerProfile> profile = fromLocation(location);
    return profile ? profile->displayName() : location;
}

QString ServerProfile::sslModeKey(SslMode mode)
{
    for (const auto &[value, key] : sslModes) {
        if (value == mode)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("prefer");
}

std::optional<ServerProfile::SslMode> ServerProfile::sslModeFromKey(const QString &key)
{
    for (const auto &[value, name] : sslModes) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool ServerProfile::sameConnection(const ServerProfile &other) const
{
    return host == other.host && port == other.port && database == other.database && user == other.user
        && sslMode == other.sslMode;
}

} // namespace caseload
