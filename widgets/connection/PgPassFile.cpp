#include "PgPassFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace caseload {

namespace {

/// The five fields of a line, unescaped; fewer when the line is a comment or malformed.
QStringList fields(const QString &line)
{
    QStringList parts;
    if (line.startsWith(u'#'))
        return parts;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == u':' && parts.size() < 4) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts.size() == 5 ? parts : QStringList();
}

QStringList key(const ServerProfile &profile)
{
    return {profile.host.trimmed(), QString::number(profile.port), profile.database,
        profile.user.isEmpty() ? QStringLiteral("*") : profile.user};
}

bool matches(const QString &pattern, const QString &value)
{
    return pattern == QLatin1String("*") || pattern == value;
}

} // namespace

QString PgPassFile::defaultPath()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    return configured.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : configured;
}

PgPassFile::PgPassFile(const QString &path)
    : m_path(path)
{ }

QString PgPassFile::escaped(const QString &field)
{
    QString text = field;
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u':', QStringLiteral("\\:"));
    return text;
}

std::optional<QString> PgPassFile::password(const ServerProfile &profile) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QStringList wanted = key(profile);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QStringList parts = fields(line);
        if (parts.isEmpty())
            continue;
        bool all = true;
        for (int i = 0; i < 4 && all; ++i)
            all = matches(parts.at(i), wanted.at(i));
        if (all)
            return parts.at(4);
    }
    return std::nullopt;
}

bool PgPassFile::store(const ServerProfile &profile, const QString &password, QString *error) const
{
    const QStringList wanted = key(profile);
    QStringList kept;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = QCoreApplication::translate("PgPassFile", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), existing.errorString());
            return false;
        }
        const QStringList lines = QString::fromUtf8(existing.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QStringList parts = fields(line);
            if (!parts.isEmpty() && parts.mid(0, 4) == wanted)
                continue;
            kept.append(line);
        }
        while (!kept.isEmpty() && kept.constLast().isEmpty())
            kept.removeLast();
    }
    QStringList escapedFields;
    for (const QString &field : wanted)
        escapedFields.append(field == QLatin1String("*") ? field : escaped(field));
    escapedFields.append(escaped(password));
    kept.prepend(escapedFields.join(u':'));

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // libpq ignores a password file that others may read: owner only, before any byte is written.
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Text)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ok = ok && file.write((kept.join(u'\n') + u'\n').toUtf8()) >= 0 && file.commit();
    if (!ok) {
        *error = QCoreApplication::translate("PgPassFile", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace caseload
