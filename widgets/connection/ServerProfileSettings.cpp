#include "ServerProfileSettings.h"

#include <QSettings>

#include <algorithm>

namespace caseload {

namespace {

const QString arrayKey = QStringLiteral("connection/profiles");
const QString lastKey = QStringLiteral("connection/lastProfile");
const QString nameKey = QStringLiteral("name");
const QString hostKey = QStringLiteral("host");
const QString portKey = QStringLiteral("port");
const QString databaseKey = QStringLiteral("database");
const QString userKey = QStringLiteral("user");
const QString sslKey = QStringLiteral("sslmode");

} // namespace

ServerProfileSettings::ServerProfileSettings(QSettings &settings)
    : m_settings(settings)
{ }

QList<ServerProfile> ServerProfileSettings::profiles() const
{
    QList<ServerProfile> list;
    const int size = m_settings.beginReadArray(arrayKey);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile profile;
        profile.name = m_settings.value(nameKey).toString();
        profile.host = m_settings.value(hostKey).toString();
        bool ok = false;
        profile.port = m_settings.value(portKey).toInt(&ok);
        if (!ok || profile.port <= 0 || profile.port > 65535)
            profile.port = ServerProfile::DefaultPort;
        profile.database = m_settings.value(databaseKey).toString();
        profile.user = m_settings.value(userKey).toString();
        profile.sslMode = ServerProfile::sslModeFromKey(m_settings.value(sslKey).toString())
                              .value_or(ServerProfile::SslMode::Prefer);
        if (!profile.name.isEmpty())
            list.append(profile);
    }
    m_settings.endArray();
    std::stable_sort(list.begin(), list.end(),
        [](const ServerProfile &a, const ServerProfile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

std::optional<ServerProfile> ServerProfileSettings::profile(const QString &name) const
{
    const QList<ServerProfile> list = profiles();
    for (const ServerProfile &profile : list) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ServerProfileSettings::save(const ServerProfile &profile)
{
    ServerProfile named = profile;
    named.name = named.name.trimmed();
    if (named.name.isEmpty())
        return false;
    QList<ServerProfile> list = profiles();
    list.removeIf([&](const ServerProfile &p) { return p.name == named.name; });
    list.append(named);
    write(list);
    return true;
}

bool ServerProfileSettings::remove(const QString &name)
{
    QList<ServerProfile> list = profiles();
    if (list.removeIf([&](const ServerProfile &p) { return p.name == name; }) == 0)
        return false;
    write(list);
    if (lastUsed() == name)
        m_settings.remove(lastKey);
    return true;
}

QString ServerProfileSettings::lastUsed() const
{
    return m_settings.value(lastKey).toString();
}

void ServerProfileSettings::setLastUsed(const QString &name)
{
    m_settings.setValue(lastKey, name);
}

void ServerProfileSettings::write(const QList<ServerProfile> &profiles)
{
    // The whole array again: a shorter array must not leave the old tail entries behind.
    m_settings.remove(arrayKey);
    m_settings.beginWriteArray(arrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(nameKey, profile.name);
        m_settings.setValue(hostKey, profile.host);
        m_settings.setValue(portKey, profile.port);
        m_settings.setValue(databaseKey, profile.database);
        m_settings.setValue(userKey, profile.user);
        m_settings.setValue(sslKey, ServerProfile::sslModeKey(profile.sslMode));
    }
    m_settings.endArray();
}

} // namespace caseload
