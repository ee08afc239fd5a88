#pragma once

#include "ServerProfile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace caseload {

/// The connection dialog's named server profiles, kept in the settings under "connection/profiles"
/// (an array of name, host, port, database, user and sslmode) and "connection/lastProfile". Never a
/// password: those live in the system keychain or in libpq's password file.
class ServerProfileSettings
{
public:
    /// `settings` must outlive this object.
    explicit ServerProfileSettings(QSettings &settings);

    /// Every saved profile, ordered by name.
    QList<ServerProfile> profiles() const;
    /// The profile saved under `name`; nullopt when there is none.
    std::optional<ServerProfile> profile(const QString &name) const;
    /// Saves `profile` under its name (trimmed; must not be empty), replacing one of the same name.
    /// Returns false when the name is empty.
    bool save(const ServerProfile &profile);
    /// Deletes the profile named `name`; false when there is none.
    bool remove(const QString &name);

    /// The name of the profile used last; empty when none.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ServerProfile> &profiles);

    QSettings &m_settings;
};

} // namespace caseload
