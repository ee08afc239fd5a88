#include "IndicatorSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLatin1String>

#include <cmath>

namespace caseload {

namespace {

constexpr int kMinMonths = 1;
constexpr int kMaxMonths = 24;
constexpr int kMinYears = 1;
constexpr int kMaxYears = 10;

struct TargetKey
{
    QLatin1String key;
    double IndicatorSettings::*member;
};

const TargetKey kTargets[] = {
    {QLatin1String("actual_closure"), &IndicatorSettings::targetActualClosure},
    {QLatin1String("termination_quality"), &IndicatorSettings::targetTerminationQuality},
    {QLatin1String("petitions_resolved"), &IndicatorSettings::targetPetitionsResolved},
    {QLatin1String("overall_closure"), &IndicatorSettings::targetOverallClosure},
    {QLatin1String("courts_meeting"), &IndicatorSettings::targetCourtsMeeting},
};

struct CheckKey
{
    QLatin1String key;
    bool IndicatorSettings::*member;
};

const CheckKey kChecks[] = {
    {QLatin1String("network_inquiry"), &IndicatorSettings::checkNetworkInquiry},
    {QLatin1String("consumption_restriction"), &IndicatorSettings::checkConsumptionRestriction},
    {QLatin1String("applicant_interview"), &IndicatorSettings::checkApplicantInterview},
    {QLatin1String("dishonest_list"), &IndicatorSettings::checkDishonestList},
};

// The bad value as it appeared in the JSON ("abc" quoted, 6.5, true, [1,2]), so the message shows
// exactly what to correct.
QString describe(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

bool readInt(const QJsonObject &json, QLatin1String key, int min, int max, int *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number)) {
        *error = QCoreApplication::translate(
            "IndicatorSettings", "indicator settings: %1 must be a whole number, not %2")
                     .arg(key, describe(value));
        return false;
    }
    if (number < min || number > max) {
        *error = QCoreApplication::translate(
            "IndicatorSettings", "indicator settings: %1 must be from %2 to %3, not %4")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(describe(value));
        return false;
    }
    *out = int(number);
    return true;
}

// Returns the nested object at `key` (empty when missing), or false when it is not an object.
bool readObject(const QJsonObject &json, QLatin1String key, QJsonObject *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QCoreApplication::translate(
            "IndicatorSettings", "indicator settings: %1 must be an object, not %2")
                     .arg(key, describe(value));
        return false;
    }
    *out = value.toObject();
    return true;
}

bool readMethods(const QJsonObject &json, QList<ClosureMethod> *out, QString *error)
{
    const QLatin1String key("excluded_methods");
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QCoreApplication::translate(
            "IndicatorSettings", "indicator settings: %1 must be a list of closure methods, not %2")
                     .arg(key, describe(value));
        return false;
    }
    QList<ClosureMethod> methods;
    for (const QJsonValue element : value.toArray()) {
        const auto method = element.isString() ? closureMethodFromLabel(element.toString())
                                               : std::optional<ClosureMethod>();
        if (!method || *method == ClosureMethod::None) {
            *error = QCoreApplication::translate(
                "IndicatorSettings", "indicator settings: %1 holds %2, which is not a closure method")
                         .arg(key, describe(element));
            return false;
        }
        if (!methods.contains(*method))
            methods.append(*method);
    }
    *out = methods;
    return true;
}

} // namespace

QJsonObject IndicatorSettings::toJson() const
{
    QJsonObject targets;
    for (const TargetKey &t : kTargets)
        targets.insert(t.key, this->*t.member);
    QJsonArray methods;
    for (const ClosureMethod method : excludedMethods)
        methods.append(chineseLabel(method));
    QJsonObject checks;
    for (const CheckKey &c : kChecks)
        checks.insert(c.key, this->*c.member);

    QJsonObject json;
    json.insert(QLatin1String("time_limit_months"), timeLimitMonths);
    json.insert(QLatin1String("inquiry_window_months"), inquiryWindowMonths);
    json.insert(QLatin1String("overall_closure_years"), overallClosureYears);
    json.insert(QLatin1String("targets"), targets);
    json.insert(QLatin1String("excluded_methods"), methods);
    json.insert(QLatin1String("checks"), checks);
    return json;
}

bool IndicatorSettings::fromJson(const QJsonObject &json, IndicatorSettings *settings, QString *error)
{
    Q_ASSERT(settings);
    QString ignored;
    if (!error)
        error = &ignored;
    // Read into a fresh copy: missing keys take the defaults, and a failure leaves *settings untouched.
    IndicatorSettings s;
    if (!readInt(json, QLatin1String("time_limit_months"), kMinMonths, kMaxMonths, &s.timeLimitMonths, error)
        || !readInt(json, QLatin1String("inquiry_window_months"), kMinMonths, kMaxMonths,
            &s.inquiryWindowMonths, error)
        || !readInt(json, QLatin1String("overall_closure_years"), kMinYears, kMaxYears,
            &s.overallClosureYears, error))
        return false;

    QJsonObject targets;
    if (!readObject(json, QLatin1String("targets"), &targets, error))
        return false;
    for (const TargetKey &t : kTargets) {
        const QJsonValue value = targets.value(t.key);
        if (value.isUndefined())
            continue;
        const QString key = QLatin1String("targets.") + t.key;
        if (!value.isDouble()) {
            *error = QCoreApplication::translate(
                "IndicatorSettings", "indicator settings: %1 must be a number, not %2")
                         .arg(key, describe(value));
            return false;
        }
        const double target = value.toDouble();
        if (target < 0 || target > 1) {
            *error = QCoreApplication::translate(
                "IndicatorSettings", "indicator settings: %1 must be from 0 to 1, not %2")
                         .arg(key, describe(value));
            return false;
        }
        s.*t.member = target;
    }

    if (!readMethods(json, &s.excludedMethods, error))
        return false;

    QJsonObject checks;
    if (!readObject(json, QLatin1String("checks"), &checks, error))
        return false;
    for (const CheckKey &c : kChecks) {
        const QJsonValue value = checks.value(c.key);
        if (value.isUndefined())
            continue;
        if (!value.isBool()) {
            *error = QCoreApplication::translate(
                "IndicatorSettings", "indicator settings: %1 must be true or false, not %2")
                         .arg(QLatin1String("checks.") + c.key, describe(value));
            return false;
        }
        s.*c.member = value.toBool();
    }

    *settings = s;
    error->clear();
    return true;
}

} // namespace caseload
