#include "HeaderMapper.h"

#include "normalize/ValueParsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <vector>

namespace caseload {

namespace {

struct FieldInfo
{
    CaseField field;
    const char *key;
    /// Header names after normalise(): lower case, no blanks, no bracketed parts.
    std::initializer_list<const char16_t *> synonyms;
};

// Header names seen in court case systems' exports (DOMAIN.md, "A case export") and their English forms.
const FieldInfo fieldTable[] = {
    {CaseField::CaseNumber, "case_number",
        {u"案号", u"执行案号", u"案件编号", u"案件号", u"caseno.", u"caseno", u"casenumber", u"case_number"}},
    {CaseField::CourtName, "court",
        {u"经办法院", u"承办法院", u"法院名称", u"执行法院", u"法院", u"court", u"courtname"}},
    {CaseField::CourtCode, "court_code",
        {u"法院代字", u"法院代码", u"法院编码", u"courtcode", u"court_code"}},
    {CaseField::CaseType, "case_type",
        {u"案件类型", u"类型", u"案件类别", u"casetype", u"case_type", u"type"}},
    {CaseField::Cause, "cause", {u"案由", u"立案案由", u"执行案由", u"cause", u"causeofaction"}},
    {CaseField::FiledOn, "filed_on",
        {u"立案日期", u"立案时间", u"收案日期", u"收案时间", u"filed", u"filedon", u"filed_on", u"filingdate",
            u"datefiled"}},
    {CaseField::ClosedOn, "closed_on",
        {u"结案日期", u"结案时间", u"closed", u"closedon", u"closed_on", u"closuredate", u"dateclosed"}},
    {CaseField::ClosureMethod, "closure_method",
        {u"结案方式", u"结案方式名称", u"closuremethod", u"closure_method", u"disposition"}},
    {CaseField::AmountApplied, "amount_applied",
        {u"申请执行标的金额", u"申请执行标的", u"申请执行标的额", u"申请执行金额", u"执行标的", u"执行标的额",
            u"执行标的金额", u"标的额", u"标的金额", u"申请标的", u"申请标的额", u"amountapplied",
            u"amount_applied"}},
    {CaseField::AmountRecovered, "amount_recovered",
        {u"实际到位金额", u"执行到位金额", u"实际执行到位金额", u"到位金额", u"到位标的", u"执行到位标的",
            u"amountrecovered", u"amount_recovered"}},
    {CaseField::Handler, "handler", {u"承办人", u"执行法官", u"承办法官", u"承办人员", u"handler", u"judge"}},
    {CaseField::Department, "department", {u"承办部门", u"承办庭室", u"部门", u"department"}},
    {CaseField::DeductedDays, "deducted_days",
        {u"扣除审限天数", u"扣除天数", u"扣除审限", u"扣除执行期限天数", u"deducteddays", u"deducted_days"}},
    {CaseField::ExtensionDays, "extension_days",
        {u"延长期限", u"延长审限天数", u"延长天数", u"延长审限", u"extension", u"extensiondays",
            u"extension_days"}},
    {CaseField::HasProperty, "has_property",
        {u"是否有财产", u"有无财产", u"是否有可供执行财产", u"有无可供执行财产", u"hasproperty",
            u"has_property", u"property"}},
    {CaseField::NetworkInquiryOn, "network_inquiry_on",
        {u"网络查控日期", u"网络查控", u"总对总查询", u"总对总查询日期", u"networkinquiry",
            u"network_inquiry_on"}},
    {CaseField::DishonestListOn, "dishonest_list_on",
        {u"纳入失信名单日期", u"纳入失信名单", u"失信被执行人", u"失信日期", u"dishonestlist",
            u"dishonest_list_on"}},
    {CaseField::ConsumptionRestrictionOn, "consumption_restriction_on",
        {u"限制消费令日期", u"限制消费日期", u"限制消费令", u"限制消费", u"限高", u"consumptionrestriction",
            u"consumption_restriction_on"}},
    {CaseField::ApplicantInterviewOn, "applicant_interview_on",
        {u"约谈申请执行人日期", u"约谈申请执行人", u"约谈日期", u"约谈申请人日期", u"约谈",
            u"applicantinterviewed", u"interviewdate", u"applicant_interview_on"}},
};
static_assert(std::size(fieldTable) == CaseFieldCount);

// Parts of headers that name or identify parties: personal data, never stored unless the user opts in.
// Matched inside the header (被执行人名称, 被执行人身份证号码), and only for columns no field claimed.
const char16_t *const personalParts[] = {
    u"申请执行人",
    u"被执行人",
    u"申请人",
    u"被申请人",
    u"当事人",
    u"身份证",
    u"证件",
    u"信用代码",
    u"电话",
    u"手机",
    u"住址",
    u"地址",
    u"联系方式",
    u"applicant",
    u"respondent",
    u"debtor",
    u"creditor",
    u"party",
    u"parties",
    u"idnumber",
    u"phone",
    u"address",
};

bool isPersonal(const QString &name)
{
    return std::any_of(std::begin(personalParts), std::end(personalParts),
        [&](const char16_t *part) { return name.contains(QStringView(part)); });
}

bool isDateField(CaseField field)
{
    switch (field) {
    case CaseField::FiledOn:
    case CaseField::ClosedOn:
    case CaseField::NetworkInquiryOn:
    case CaseField::DishonestListOn:
    case CaseField::ConsumptionRestrictionOn:
    case CaseField::ApplicantInterviewOn:
        return true;
    default:
        return false;
    }
}

/// Sorts the columns no field claimed into personal and unmapped ones.
void classifyRest(ColumnMapping *mapping)
{
    mapping->personalColumns.clear();
    mapping->unmappedColumns.clear();
    for (int c = 0; c < mapping->headers.size(); ++c) {
        if (std::count(mapping->column.begin(), mapping->column.end(), c))
            continue;
        const QString name = HeaderMapper::normalise(mapping->headers.at(c));
        (!name.isEmpty() && isPersonal(name) ? mapping->personalColumns : mapping->unmappedColumns).append(c);
    }
}

} // namespace

std::optional<CaseField> fieldFromKey(QStringView key)
{
    for (const FieldInfo &info : fieldTable) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

ColumnMapping::ColumnMapping()
{
    column.fill(-1);
    unitYuan.fill(1);
}

bool ColumnMapping::isUsable() const
{
    return has(CaseField::CaseNumber) && has(CaseField::FiledOn);
}

std::optional<ColumnMapping> ColumnMapping::withOverrides(
    const ColumnMapping &automatic, const QString &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("HeaderMapper", "column mapping is not a JSON object: %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    ColumnMapping mapping = automatic;
    const QJsonObject object = document.object();
    const QJsonObject units = object.value(QStringLiteral("units")).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("units"))
            continue;
        const auto field = fieldFromKey(it.key());
        if (!field) {
            *error = QCoreApplication::translate("HeaderMapper", "column mapping names an unknown field '%1'")
                         .arg(it.key());
            return std::nullopt;
        }
        const int index = static_cast<int>(*field);
        if (it.value().isNull() || it.value().toString().isEmpty()) {
            mapping.column[index] = -1; // the user says: this file has no such column
            continue;
        }
        const int column = mapping.headers.indexOf(values::cleanText(it.value().toString()));
        if (column < 0) {
            *error = QCoreApplication::translate(
                "HeaderMapper", "column mapping names a column '%1' that the file does not have")
                         .arg(it.value().toString());
            return std::nullopt;
        }
        // The column now belongs to this field alone.
        std::replace(mapping.column.begin(), mapping.column.end(), column, -1);
        mapping.column[index] = column;
        qint64 headerUnit = 1;
        HeaderMapper::normalise(mapping.headers.at(column), &headerUnit);
        mapping.unitYuan[index] = units.value(it.key()).toInteger(headerUnit);
    }
    classifyRest(&mapping);
    return mapping;
}

QString HeaderMapper::normalise(QStringView header, qint64 *unitYuan, bool *isCount)
{
    const QString half = values::toHalfWidth(values::cleanText(header));
    QString out;
    out.reserve(half.size());
    int depth = 0;
    QString bracketed;
    for (const QChar c : half) {
        if (c == u'(' || c == u'[' || c == u'【' || c == u'〔') {
            ++depth;
            continue;
        }
        if ((c == u')' || c == u']' || c == u'】' || c == u'〕') && depth > 0) {
            --depth;
            continue;
        }
        if (depth > 0) {
            bracketed.append(c);
            continue;
        }
        if (c.isSpace() || c == u'\u200b' || c == u'\ufeff')
            continue;
        out.append(c.toLower());
    }
    if (unitYuan) {
        // The unit of an amount column: 申请标的(万元), 标的额（万）.
        *unitYuan = 1;
        if (bracketed.contains(u'万') || out.endsWith(u"万元"))
            *unitYuan = 10000;
    }
    if (isCount) // 总对总查询(次数): a number of times, not a date
        *isCount = bracketed.contains(u'次');
    // 标的额万元 without brackets: drop the unit suffix so the name matches.
    if (out.endsWith(u"万元"))
        out.chop(2);
    return out;
}

ColumnMapping HeaderMapper::map(const QList<QStringView> &header)
{
    ColumnMapping mapping;
    struct Column
    {
        QString name;
        qint64 unit = 1;
        bool count = false;
        bool taken = false;
    };
    std::vector<Column> columns(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c) {
        mapping.headers.append(values::cleanText(header.at(c)));
        Column &column = columns[size_t(c)];
        column.name = normalise(header.at(c), &column.unit, &column.count);
    }
    // Each field takes the column whose header is its best-ranked synonym: with both 案件编号 and 案号
    // present, 案号 is the case number whichever comes first.
    for (const FieldInfo &info : fieldTable) {
        int bestRank = INT_MAX;
        int bestColumn = -1;
        for (size_t c = 0; c < columns.size(); ++c) {
            const Column &column = columns[c];
            if (column.taken || column.name.isEmpty() || (column.count && isDateField(info.field)))
                continue;
            int rank = 0;
            for (const char16_t *synonym : info.synonyms) {
                if (column.name == QStringView(synonym) && rank < bestRank) {
                    bestRank = rank;
                    bestColumn = int(c);
                    break;
                }
                ++rank;
            }
        }
        if (bestColumn >= 0) {
            const int index = static_cast<int>(info.field);
            mapping.column[index] = bestColumn;
            mapping.unitYuan[index] = columns[size_t(bestColumn)].unit;
            columns[size_t(bestColumn)].taken = true;
        }
    }
    classifyRest(&mapping);
    return mapping;
}

QString HeaderMapper::signature(const QList<QStringView> &header)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QStringView h : header) {
        hash.addData(normalise(h).toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace caseload
