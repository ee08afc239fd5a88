#include "generate/DemoGenerator.h"

#include "domain/CaseType.h"
#include "domain/ClosureMethod.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numeric>
#include <vector>

namespace caseload {
namespace {

// xoshiro256** seeded through splitmix64. Output must be identical for a seed on every machine,
// which std::mt19937 fed through <random> distributions does not promise across library versions;
// everything below also avoids libm functions that are not correctly rounded (log, exp, pow).
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    bool chance(double p) { return uniform() < p; }
    // Irwin–Hall: twelve uniforms minus 6 have mean 0 and variance 1, using plain arithmetic only.
    double normal()
    {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state {};
};

// exp() from basic operations only (exactly rounded everywhere), for reproducible log-normal values.
double portableExp(double x)
{
    constexpr double ln2 = 0.69314718055994530942;
    const double k = std::floor(x / ln2 + 0.5);
    const double r = x - k * ln2;
    double term = 1.0;
    double sum = 1.0;
    for (int i = 1; i <= 16; ++i) {
        term *= r / i;
        sum += term;
    }
    return std::ldexp(sum, int(k));
}

double logNormal(Rng &rng, double median, double sigma)
{
    return median * portableExp(sigma * rng.normal());
}

class WeightedTable
{
public:
    void add(double weight)
    {
        m_cumulative.push_back((m_cumulative.empty() ? 0.0 : m_cumulative.back()) + weight);
    }
    int pick(Rng &rng) const
    {
        const double u = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return int(
            std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

// 春节 (first day of the lunar year), 2010-2030. Checked against ICU's Chinese calendar, which agrees
// except in 2027 and 2030, where the new moon falls within minutes of Beijing midnight and ICU's
// approximation lands on the other side; the official calendar gives 2027-02-06 and 2030-02-03.
constexpr int FirstLunarYear = 2010;
constexpr std::array<std::array<int, 2>, 21> LunarNewYear
    = {{{2, 14}, {2, 3}, {1, 23}, {2, 10}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5}, {1, 25},
        {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, {2, 3}}};

QDate lunarNewYear(int year)
{
    const int index = year - FirstLunarYear;
    if (index < 0 || index >= int(LunarNewYear.size()))
        return {};
    return QDate(year, LunarNewYear[size_t(index)][0], LunarNewYear[size_t(index)][1]);
}

bool inSpringFestivalHoliday(QDate date)
{
    const QDate newYear = lunarNewYear(date.year());
    if (!newYear.isValid())
        return false;
    const qint64 offset = newYear.daysTo(date);
    return offset >= -1 && offset <= 5;
}

const QDate RegistrationReform(2015, 5, 1);
const QDate NetworkInquiryLaunch(2015, 1, 1);

// Relative filing volume of one day: working days, public holidays, the Spring Festival lull, the
// January catch-up and late-December slowdown, the May 2015 registration reform step, growth.
double filingWeight(QDate date, QDate from)
{
    double weight = date.dayOfWeek() >= 6 ? 0.06 : 1.0;
    const int month = date.month();
    const int day = date.day();
    if ((month == 1 && day == 1) || (month == 10 && day <= 7))
        weight = 0.04;
    if (const QDate newYear = lunarNewYear(date.year()); newYear.isValid()) {
        const qint64 offset = newYear.daysTo(date);
        if (offset >= -1 && offset <= 5)
            weight = 0.04;
        else if (offset >= -8 && offset <= -2)
            weight *= 0.7;
        else if (offset >= 6 && offset <= 12)
            weight *= 0.8;
    }
    if (month == 1 && day >= 2 && day <= 20)
        weight *= 1.3;
    if (month == 12 && day >= 21)
        weight *= 0.5;
    if (date >= RegistrationReform)
        weight *= 1.4;
    return weight * (1.0 + 0.055 * double(from.daysTo(date)) / 365.25);
}

enum class Defect {
    None,
    MissingNumber,
    ImpossibleDate,
    ClosureBeforeFiling,
    MethodWithoutDate,
    DateWithoutMethod,
    NegativeAmount,
    UnparseableAmount,
    DuplicateNumber,
};
constexpr int DefectKinds = 8;

struct NumberKey
{
    int court = 0;
    CaseType type = CaseType::FirstEnforcement;
    int year = 0;
    qint64 sequence = 0;
};

struct GeneratedCase
{
    NumberKey number;
    NumberKey duplicateOf;
    Defect defect = Defect::None;
    int cause = 0;
    int handler = 0;
    QDate filed;
    QDate closed;
    ClosureMethod method = ClosureMethod::None;
    qint64 appliedFen = -1; ///< -1: empty field
    qint64 recoveredFen = -1;
    int deducted = 0;
    int extension = 0;
    int property = 0; ///< 0 empty, 1 是, 2 否
    QDate inquiry;
    QDate dishonest;
    QDate restriction;
    QDate interview;
};

struct CourtInfo
{
    QByteArray name;
    QByteArray code;
    bool legacyNumbers = false;
    bool asciiBrackets = false;
    bool writesZeroExtension = false;
    std::vector<int> implementationHandlers;
    std::vector<int> reviewHandlers;
};

struct HandlerInfo
{
    QByteArray name;
    QByteArray department;
};

bool isImplementationType(CaseType type)
{
    return type == CaseType::FirstEnforcement || type == CaseType::Resumed || type == CaseType::Preservation;
}

class ExportWriter
{
public:
    ExportWriter(const DemoGeneratorConfig &config, QIODevice *out)
        : m_config(config)
        , m_out(out)
        , m_rng(config.seed)
        , m_calendarRng(config.seed ^ 0x43414C454E444152ULL)
        , m_defectRng(config.seed ^ 0x444546454354532EULL)
        , m_partyRng(config.seed ^ 0x5041525449455321ULL)
        , m_setupRng(config.seed ^ 0x5345545550212121ULL)
    { }

    bool run(QString *error, const std::function<bool(qint64, qint64)> &progress);

private:
    bool setUpEncoding(QString *error);
    void setUpTables();
    QByteArray encoded(const QString &text);
    bool flush(QString *error);

    void generateCase(QDate filed, GeneratedCase &c);
    void closeReviewCase(GeneratedCase &c);
    qint64 terminationDays(const GeneratedCase &c);
    void settleClosure(GeneratedCase &c, qint64 days);
    void addMeasures(GeneratedCase &c, bool hasProperty);
    void applyDefect(GeneratedCase &c, Defect defect);

    void writeHeader();
    void writeRow(const GeneratedCase &c);
    void appendCaseNumber(const NumberKey &key);
    void appendDate(QDate date);
    void appendDate(int year, int month, int day);
    void appendNumber(qint64 value);
    void appendAmount(qint64 fen);
    void appendParty(bool applicant, int cause);

    const DemoGeneratorConfig &m_config;
    QIODevice *m_out;
    QByteArray m_buffer;
    QStringEncoder m_encoder;

    Rng m_rng; // case attributes
    Rng m_calendarRng; // filing days within a month
    Rng m_defectRng; // which rows get a defect, and which one
    Rng m_partyRng; // party names, so --parties leaves the other columns unchanged
    Rng m_setupRng; // court styles and handler names

    std::vector<CourtInfo> m_courts;
    std::vector<HandlerInfo> m_handlers;
    WeightedTable m_courtTable;
    WeightedTable m_typeTable;
    std::vector<CaseType> m_typeOfIndex;
    WeightedTable m_causeTable;
    std::vector<QByteArray> m_causes;
    std::vector<bool> m_bankCause;
    std::array<QByteArray, CaseTypeCount> m_typeLabels;
    std::array<QByteArray, CaseTypeCount> m_typeCodes;
    std::array<QByteArray, ClosureMethodCount> m_methodLabels;
    QByteArray m_openBracket, m_closeBracket, m_legacyInfix, m_numberSuffix;
    QByteArray m_yes, m_no;
    std::vector<QByteArray> m_badAmounts;
    std::vector<QByteArray> m_surnames;
    QByteArray m_mou, m_mouMou, m_enumerationComma;
    std::vector<QByteArray> m_companySuffixes;
    std::vector<QByteArray> m_banks;

    std::array<NumberKey, 512> m_recentNumbers {};
    qint64 m_recentCount = 0;
};

QByteArray ExportWriter::encoded(const QString &text)
{
    QByteArray bytes = m_encoder.encode(text);
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

bool ExportWriter::setUpEncoding(QString *error)
{
    switch (m_config.encoding) {
    case TextEncoding::Utf8:
        m_encoder = QStringEncoder(QStringConverter::Utf8);
        m_buffer.append("\xEF\xBB\xBF");
        return true;
    case TextEncoding::Gb18030:
        m_encoder = QStringEncoder("GB18030");
        if (m_encoder.isValid())
            return true;
        *error = QCoreApplication::translate("DemoGenerator", "This Qt build cannot write GB18030.");
        return false;
    default:
        *error = QCoreApplication::translate(
            "DemoGenerator", "The demo export can only be written in UTF-8 or GB18030.");
        return false;
    }
}

void ExportWriter::setUpTables()
{
    const auto text = [this](const char *utf8) { return encoded(QString::fromUtf8(utf8)); };

    // Types and their shares: mostly first enforcement, resumed ~8%, preservation ~7%, review a few %.
    const std::array<std::pair<CaseType, double>, 8> types
        = {{{CaseType::FirstEnforcement, 0.795}, {CaseType::Resumed, 0.08}, {CaseType::Preservation, 0.07},
            {CaseType::Objection, 0.035}, {CaseType::Reconsideration, 0.01}, {CaseType::Supervision, 0.005},
            {CaseType::Coordination, 0.0025}, {CaseType::Other, 0.0025}}};
    for (const auto &[type, share] : types) {
        m_typeTable.add(share);
        m_typeOfIndex.push_back(type);
    }
    const std::array<std::pair<const char *, const char *>, 8> typeNames
        = {{{"执", "首次执行"}, {"执恢", "恢复执行"}, {"执保", "财产保全执行"}, {"执异", "执行异议"},
            {"执复", "执行复议"}, {"执监", "执行监督"}, {"执协", "执行协调"}, {"执他", "其他执行"}}};
    for (size_t i = 0; i < typeNames.size(); ++i) {
        const auto index = size_t(types[i].first);
        m_typeCodes[index] = text(typeNames[i].first);
        m_typeLabels[index] = text(typeNames[i].second);
    }
    m_methodLabels[size_t(ClosureMethod::Performed)] = text("执行完毕");
    m_methodLabels[size_t(ClosureMethod::TerminatedThisRound)] = text("终结本次执行程序");
    m_methodLabels[size_t(ClosureMethod::Terminated)] = text("终结执行");
    m_methodLabels[size_t(ClosureMethod::NotEnforced)] = text("不予执行");
    m_methodLabels[size_t(ClosureMethod::Rejected)] = text("驳回申请");
    m_methodLabels[size_t(ClosureMethod::Cancelled)] = text("销案");

    // One cause carries an ASCII comma, as some systems join joint causes, so that quoting is exercised.
    const std::array<std::pair<const char *, double>, 23> causes = {{{"民间借贷纠纷", 22},
        {"金融借款合同纠纷", 14}, {"买卖合同纠纷", 12}, {"信用卡纠纷", 6}, {"劳动争议", 5},
        {"房屋租赁合同纠纷", 5}, {"建设工程施工合同纠纷", 5}, {"机动车交通事故责任纠纷", 5},
        {"借款合同纠纷", 4}, {"追偿权纠纷", 3}, {"物业服务合同纠纷", 3}, {"劳务合同纠纷", 2.5},
        {"服务合同纠纷", 2}, {"承揽合同纠纷", 2}, {"离婚纠纷", 2}, {"刑事裁判涉财产部分执行", 2},
        {"抚养费纠纷", 1.5}, {"生命权、身体权、健康权纠纷", 1.5}, {"保证合同纠纷", 1.5}, {"股权转让纠纷", 1},
        {"不当得利纠纷", 1}, {"委托合同纠纷", 1}, {"民间借贷纠纷,保证合同纠纷", 0.3}}};
    for (const auto &[name, weight] : causes) {
        m_causeTable.add(weight);
        m_causes.push_back(text(name));
        const QByteArray raw(name);
        m_bankCause.push_back(raw == "金融借款合同纠纷" || raw == "信用卡纠纷");
    }

    m_openBracket = text("（");
    m_closeBracket = text("）");
    m_legacyInfix = text("字第");
    m_numberSuffix = text("号");
    m_yes = text("是");
    m_no = text("否");
    m_badAmounts = {text("不详"), text("#VALUE!"), text("12.5.30")};
    m_mou = text("某");
    m_mouMou = text("某某");
    m_enumerationComma = text("、");
    for (const char *suffix :
        {"有限公司", "贸易有限公司", "建设工程有限公司", "科技有限公司", "房地产开发有限公司"})
        m_companySuffixes.push_back(text(suffix));
    for (const char *bank :
        {"示例农村商业银行股份有限公司", "示例银行股份有限公司示例市分行", "示例市小额贷款有限公司"})
        m_banks.push_back(text(bank));

    static constexpr std::array<const char *, 40> surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
        "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐",
        "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡"};
    static constexpr std::array<const char *, 40> givenNames = {"伟", "芳", "娜", "敏", "静", "丽", "强",
        "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "华", "建",
        "文", "斌", "宇", "浩", "凯", "鹏", "晨", "琳", "欣", "婷", "雪", "颖", "峰", "亮", "辉", "鑫"};
    for (const char *surname : surnames)
        m_surnames.push_back(text(surname));

    // Courts: the intermediate court 浙01 and basic courts 浙0101.. with a Zipf-like spread of sizes.
    const int basicCourts = m_config.courts;
    std::vector<double> weights(size_t(basicCourts) + 1);
    weights[0] = 0.2;
    for (int i = 1; i <= basicCourts; ++i)
        weights[size_t(i)] = 1.0 / (i + 0.5);
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);

    QSet<QString> usedNames;
    const auto newHandler = [&](const QString &department) {
        QString name;
        for (int attempt = 0;; ++attempt) {
            name = QString::fromUtf8(surnames[m_setupRng.below(quint32(surnames.size()))])
                + QString::fromUtf8(givenNames[m_setupRng.below(quint32(givenNames.size()))]);
            if (m_setupRng.chance(0.5))
                name += QString::fromUtf8(givenNames[m_setupRng.below(quint32(givenNames.size()))]);
            if (attempt > 50)
                name += QString::number(attempt);
            if (!usedNames.contains(name))
                break;
        }
        usedNames.insert(name);
        m_handlers.push_back({encoded(name), encoded(department)});
        return int(m_handlers.size()) - 1;
    };

    const QString firstDivision = QString::fromUtf8("执行一庭");
    const QString secondDivision = QString::fromUtf8("执行二庭");
    const QString bureau = QString::fromUtf8("执行局");
    const QString review = QString::fromUtf8("执行裁决庭");
    for (int i = 0; i <= basicCourts; ++i) {
        CourtInfo court;
        if (i == 0) {
            court.name = text("示例市中级人民法院");
            court.code = text("浙01");
        } else {
            court.name = encoded(QString::fromUtf8("示例市%1区人民法院").arg(i));
            court.code = encoded(QString::fromUtf8("浙01%1").arg(i, 2, 10, QLatin1Char('0')));
        }
        court.legacyNumbers = m_setupRng.chance(0.65);
        court.asciiBrackets = m_setupRng.chance(0.3);
        court.writesZeroExtension = m_setupRng.chance(0.4);
        const int implementation = std::max(3, int(weights[size_t(i)] / total * 70.0 + 0.5));
        for (int h = 0; h < implementation; ++h) {
            const QString &department
                = implementation < 6 ? bureau : (h % 2 == 0 ? firstDivision : secondDivision);
            court.implementationHandlers.push_back(newHandler(department));
        }
        for (int h = 0; h < (i == 0 ? 3 : 2); ++h)
            court.reviewHandlers.push_back(newHandler(review));
        m_courts.push_back(std::move(court));
        m_courtTable.add(weights[size_t(i)]);
    }
    // A team name in quotes, as one court writes it: rare, and exercises quote doubling.
    m_handlers[size_t(m_courts.back().implementationHandlers.back())].department
        = encoded(QString::fromUtf8("执行局\"速执团队\""));
}

void ExportWriter::generateCase(QDate filed, GeneratedCase &c)
{
    c = GeneratedCase();
    c.filed = filed;
    const CaseType type = m_typeOfIndex[size_t(m_typeTable.pick(m_rng))];
    c.number.type = type;
    c.number.year = filed.year();
    // Reconsideration and supervision go to the court above; coordination is done there too.
    const bool upper = type == CaseType::Reconsideration || type == CaseType::Supervision
        || type == CaseType::Coordination;
    c.number.court = upper ? 0 : m_courtTable.pick(m_rng);
    c.cause = m_causeTable.pick(m_rng);

    const CourtInfo &court = m_courts[size_t(c.number.court)];
    const bool implementation = isImplementationType(type);
    const std::vector<int> &pool = implementation ? court.implementationHandlers : court.reviewHandlers;
    // Senior handlers carry more cases: a third of picks go to the first half of the team.
    const auto poolSize = quint32(pool.size());
    c.handler = pool[m_rng.chance(0.3) ? m_rng.below(poolSize / 2 + 1) : m_rng.below(poolSize)];

    if (!implementation) {
        closeReviewCase(c);
        return;
    }

    double median
        = type == CaseType::Preservation ? 250000.0 : (type == CaseType::Resumed ? 90000.0 : 60000.0);
    if (c.number.court == 0)
        median *= 8.0;
    const double applied
        = std::clamp(logNormal(m_rng, median, type == CaseType::Preservation ? 1.3 : 1.5), 100.0, 5.0e9);
    c.appliedFen = std::llround(applied * 100.0);

    const double propertyShare
        = type == CaseType::Preservation ? 0.92 : (type == CaseType::Resumed ? 0.7 : 0.6);
    const bool hasProperty = m_rng.chance(propertyShare);
    c.property = m_rng.chance(0.02) ? 0 : (hasProperty ? 1 : 2);
    if (m_rng.chance(0.12))
        c.deducted = m_rng.range(15, 90);
    if (m_rng.chance(0.09))
        c.extension = 30 * m_rng.range(1, 3);

    const auto share = [&](double low, double high) {
        return std::llround(double(c.appliedFen) * (low + (high - low) * m_rng.uniform()));
    };
    qint64 days = 0;
    double recovered = 0.0;
    const double u = m_rng.uniform();
    if (type == CaseType::Preservation) {
        if (u < 0.85) {
            c.method = ClosureMethod::Performed;
            days = m_rng.chance(0.7) ? m_rng.range(0, 3) : m_rng.range(4, 30);
            recovered = double(c.appliedFen);
        } else if (u < 0.95) {
            c.method = ClosureMethod::Terminated;
            days = m_rng.range(5, 60);
        } else {
            c.method = ClosureMethod::Cancelled;
            days = m_rng.range(1, 20);
        }
    } else if (hasProperty) {
        if (u < 0.76) {
            c.method = ClosureMethod::Performed;
            days = std::max<qint64>(3, std::llround(logNormal(m_rng, 50.0, 0.9)));
            // Settlements fully performed close as 执行完毕 with less than the amount applied.
            recovered = m_rng.chance(0.75) ? double(c.appliedFen) : double(share(0.55, 0.95));
        } else if (u < 0.82) {
            c.method = ClosureMethod::TerminatedThisRound;
            days = terminationDays(c);
            recovered = double(share(0.1, 0.6));
        } else if (u < 0.94) {
            // Mostly withdrawals after a settlement: part of the money has come in.
            c.method = ClosureMethod::Terminated;
            days = m_rng.range(15, 200);
            recovered = m_rng.chance(0.3) ? 0.0 : double(share(0.2, 0.8));
        } else if (u < 0.955) {
            c.method = ClosureMethod::NotEnforced;
            days = m_rng.range(10, 90);
        } else if (u < 0.965) {
            c.method = ClosureMethod::Rejected;
            days = m_rng.range(5, 60);
        } else if (u < 0.98) {
            c.method = ClosureMethod::Cancelled;
            days = m_rng.range(1, 30);
        } else {
            // Long-running cases (auctions, disputes over assets) that stay pending for years.
            c.method = ClosureMethod::Performed;
            days = m_rng.range(300, 1400);
            recovered = double(c.appliedFen);
        }
    } else {
        if (u < 0.80) {
            c.method = ClosureMethod::TerminatedThisRound;
            days = terminationDays(c);
            recovered = m_rng.chance(0.55) ? 0.0 : double(share(0.005, 0.2));
        } else if (u < 0.87) {
            c.method = ClosureMethod::Performed;
            days = m_rng.range(60, 500);
            recovered = m_rng.chance(0.6) ? double(c.appliedFen) : double(share(0.4, 0.9));
        } else if (u < 0.93) {
            c.method = ClosureMethod::Terminated;
            days = m_rng.range(30, 300);
            recovered = m_rng.chance(0.7) ? 0.0 : double(share(0.0, 0.1));
        } else if (u < 0.95) {
            c.method = ClosureMethod::NotEnforced;
            days = m_rng.range(10, 120);
        } else if (u < 0.96) {
            c.method = ClosureMethod::Rejected;
            days = m_rng.range(5, 60);
        } else if (u < 0.97) {
            c.method = ClosureMethod::Cancelled;
            days = m_rng.range(1, 30);
        } else {
            c.method = ClosureMethod::TerminatedThisRound;
            days = m_rng.range(400, 2000);
        }
    }
    c.recoveredFen = qint64(recovered);
    settleClosure(c, days);
    if (!c.closed.isValid()) {
        // Pending: only part of the money, if any, has come in by the as-of date.
        c.recoveredFen = hasProperty && m_rng.chance(0.3) ? share(0.1, 0.5) : 0;
    }
    if (type != CaseType::Preservation || m_rng.chance(0.5))
        addMeasures(c, hasProperty);
}

// 终本 closures cluster in the weeks before the deadline (filing + 6 months + extension + deducted
// days); some come earlier, some late.
qint64 ExportWriter::terminationDays(const GeneratedCase &c)
{
    const qint64 limit = c.filed.daysTo(c.filed.addMonths(6)) + c.extension + c.deducted;
    const double u = m_rng.uniform();
    if (u < 0.7)
        return limit - m_rng.range(1, 25);
    if (u < 0.9)
        return m_rng.range(60, int(limit) - 26);
    return limit + m_rng.range(1, 120);
}

void ExportWriter::closeReviewCase(GeneratedCase &c)
{
    qint64 days = 0;
    switch (c.number.type) {
    case CaseType::Objection:
        days = m_rng.range(5, 30);
        break;
    case CaseType::Reconsideration:
        days = m_rng.range(10, 45);
        break;
    case CaseType::Supervision:
        days = m_rng.range(20, 120);
        break;
    default:
        days = m_rng.range(10, 90);
        break;
    }
    const double u = m_rng.uniform();
    c.method = u < 0.55 ? ClosureMethod::Rejected
        : u < 0.80      ? ClosureMethod::Terminated
        : u < 0.92      ? ClosureMethod::NotEnforced
                        : ClosureMethod::Cancelled;
    settleClosure(c, days);
}

// Moves a raw closure date the way courts do: no closures during the Spring Festival holiday, few at
// weekends, and a share of closures due in January-February pulled into December to meet year-end
// targets. A closure after the as-of date leaves the case pending.
void ExportWriter::settleClosure(GeneratedCase &c, qint64 days)
{
    QDate closed = c.filed.addDays(days);
    if (inSpringFestivalHoliday(closed))
        closed = lunarNewYear(closed.year()).addDays(6 + m_rng.range(0, 2));
    if (m_rng.chance(0.9)) {
        const int weekday = closed.dayOfWeek();
        const QDate shifted = weekday == 6 ? closed.addDays(-1) : (weekday == 7 ? closed.addDays(1) : closed);
        if (shifted >= c.filed)
            closed = shifted;
    }
    if (closed.month() <= 2 && c.filed < QDate(closed.year() - 1, 12, 1) && m_rng.chance(0.35)) {
        QDate december(closed.year() - 1, 12, m_rng.range(10, 31));
        if (december.dayOfWeek() == 6)
            december = december.addDays(-1);
        else if (december.dayOfWeek() == 7)
            december = december.addDays(-2);
        closed = december;
    }
    if (closed > m_config.to) {
        c.method = ClosureMethod::None;
        return;
    }
    c.closed = closed;
}

void ExportWriter::addMeasures(GeneratedCase &c, bool hasProperty)
{
    const QDate end = c.closed.isValid() ? c.closed : m_config.to;
    const auto within = [&](QDate date) { return std::clamp(date, c.filed, end); };
    const bool terminated = c.method == ClosureMethod::TerminatedThisRound && c.closed.isValid();
    const bool preservation = c.number.type == CaseType::Preservation;

    // The national online inquiry system reached all courts around the end of 2014.
    if (m_rng.chance(c.filed < NetworkInquiryLaunch ? 0.45 : 0.93)) {
        QDate inquiry = c.filed.addDays(1 + m_rng.below(5) + m_rng.below(15));
        if (terminated) {
            // The column holds the last inquiry; for 终本 it must come within 3 months of closure.
            const double u = m_rng.uniform();
            if (u < 0.9)
                inquiry = c.closed.addDays(-m_rng.range(3, 60));
            else if (u >= 0.96)
                inquiry = QDate();
        }
        if (inquiry.isValid())
            c.inquiry = within(inquiry);
    }
    if (preservation)
        return;
    if (m_rng.chance(hasProperty ? 0.08 : 0.6))
        c.dishonest = within(c.filed.addDays(m_rng.range(20, 150)));
    if (m_rng.chance(terminated ? 0.92 : (hasProperty ? 0.1 : 0.5)))
        c.restriction = within(c.filed.addDays(m_rng.range(7, 90)));
    if (terminated) {
        const double u = m_rng.uniform();
        if (u < 0.88)
            c.interview = within(c.closed.addDays(-m_rng.range(1, 20)));
        else if (u >= 0.94 && c.closed.addDays(10) <= m_config.to)
            c.interview = c.closed.addDays(m_rng.range(1, 10));
    }
}

void ExportWriter::applyDefect(GeneratedCase &c, Defect defect)
{
    if (defect == Defect::DuplicateNumber) {
        if (m_recentCount == 0) {
            defect = Defect::MissingNumber;
        } else {
            const auto available = quint32(std::min<qint64>(m_recentCount, qint64(m_recentNumbers.size())));
            c.duplicateOf = m_recentNumbers[m_defectRng.below(available)];
        }
    }
    c.defect = defect;
    switch (defect) {
    case Defect::ClosureBeforeFiling:
        c.closed = c.filed.addDays(-m_defectRng.range(1, 30));
        if (c.method == ClosureMethod::None)
            c.method = ClosureMethod::Performed;
        break;
    case Defect::MethodWithoutDate:
        if (c.method == ClosureMethod::None)
            c.method = ClosureMethod::TerminatedThisRound;
        c.closed = QDate();
        break;
    case Defect::DateWithoutMethod:
        if (!c.closed.isValid())
            c.closed = std::min(c.filed.addDays(m_defectRng.range(20, 90)), m_config.to);
        c.method = ClosureMethod::None;
        break;
    case Defect::NegativeAmount:
        if (c.appliedFen < 0)
            c.appliedFen = qint64(m_defectRng.range(1000, 100000)) * 100;
        c.appliedFen = -c.appliedFen;
        break;
    default:
        break;
    }
}

void ExportWriter::appendNumber(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, result.ptr - digits);
}

void ExportWriter::appendAmount(qint64 fen)
{
    if (fen < 0) {
        m_buffer.append('-');
        fen = -fen;
    }
    appendNumber(fen / 100);
    const int cents = int(fen % 100);
    const char tail[3] = {'.', char('0' + cents / 10), char('0' + cents % 10)};
    m_buffer.append(tail, 3);
}

void ExportWriter::appendDate(int year, int month, int day)
{
    const char text[10] = {char('0' + year / 1000 % 10), char('0' + year / 100 % 10),
        char('0' + year / 10 % 10), char('0' + year % 10), '-', char('0' + month / 10),
        char('0' + month % 10), '-', char('0' + day / 10), char('0' + day % 10)};
    m_buffer.append(text, 10);
}

void ExportWriter::appendDate(QDate date)
{
    if (!date.isValid())
        return;
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    appendDate(year, month, day);
}

void ExportWriter::appendCaseNumber(const NumberKey &key)
{
    const CourtInfo &court = m_courts[size_t(key.court)];
    const bool legacy = key.year < 2016 && court.legacyNumbers;
    const bool ascii = legacy && court.asciiBrackets;
    if (ascii)
        m_buffer.append('(');
    else
        m_buffer.append(m_openBracket);
    appendNumber(key.year);
    if (ascii)
        m_buffer.append(')');
    else
        m_buffer.append(m_closeBracket);
    m_buffer.append(court.code);
    m_buffer.append(m_typeCodes[size_t(key.type)]);
    if (legacy)
        m_buffer.append(m_legacyInfix);
    appendNumber(key.sequence);
    m_buffer.append(m_numberSuffix);
}

void ExportWriter::appendParty(bool applicant, int cause)
{
    const auto surname
        = [this]() -> const QByteArray & { return m_surnames[m_partyRng.below(quint32(m_surnames.size()))]; };
    const auto person = [&] {
        m_buffer.append(surname());
        m_buffer.append(m_partyRng.chance(0.5) ? m_mou : m_mouMou);
    };
    const auto company = [&] {
        m_buffer.append(surname());
        m_buffer.append(m_mouMou);
        m_buffer.append(m_companySuffixes[m_partyRng.below(quint32(m_companySuffixes.size()))]);
    };
    if (applicant) {
        if (m_bankCause[size_t(cause)] && m_partyRng.chance(0.85))
            m_buffer.append(m_banks[m_partyRng.below(quint32(m_banks.size()))]);
        else if (m_partyRng.chance(0.6))
            person();
        else
            company();
        return;
    }
    const double u = m_partyRng.uniform();
    if (u < 0.01) {
        // Two debtors joined by an ASCII comma: the field has to be quoted.
        m_buffer.append('"');
        person();
        m_buffer.append(',');
        person();
        m_buffer.append('"');
    } else if (u < 0.07) {
        company();
        m_buffer.append(m_enumerationComma);
        person();
    } else if (u < 0.7) {
        person();
    } else {
        company();
    }
}

void ExportWriter::writeHeader()
{
    QString header = QString::fromUtf8(
        "案号,经办法院,法院代字,案件类型,案由,立案日期,结案日期,结案方式,申请执行标的金额(元),"
        "实际到位金额(元),承办人,承办部门,扣除审限天数,延长期限(天),是否有财产,网络查控日期,"
        "纳入失信名单日期,限制消费令日期,约谈申请执行人日期");
    if (m_config.withParties)
        header += QString::fromUtf8(",申请执行人,被执行人");
    m_buffer.append(m_encoder.encode(header));
    m_buffer.append("\r\n");
}

void ExportWriter::writeRow(const GeneratedCase &c)
{
    const CourtInfo &court = m_courts[size_t(c.number.court)];
    const HandlerInfo &handler = m_handlers[size_t(c.handler)];
    if (c.defect == Defect::DuplicateNumber)
        appendCaseNumber(c.duplicateOf);
    else if (c.defect != Defect::MissingNumber)
        appendCaseNumber(c.number);
    m_buffer.append(',');
    m_buffer.append(court.name);
    m_buffer.append(',');
    m_buffer.append(court.code);
    m_buffer.append(',');
    m_buffer.append(m_typeLabels[size_t(c.number.type)]);
    m_buffer.append(',');
    m_buffer.append(m_causes[size_t(c.cause)]);
    m_buffer.append(',');
    if (c.defect == Defect::ImpossibleDate)
        appendDate(c.filed.year(), c.filed.month(), c.filed.daysInMonth() + 1);
    else
        appendDate(c.filed);
    m_buffer.append(',');
    appendDate(c.closed);
    m_buffer.append(',');
    m_buffer.append(m_methodLabels[size_t(c.method)]);
    m_buffer.append(',');
    if (c.defect == Defect::UnparseableAmount)
        m_buffer.append(m_badAmounts[size_t(c.number.sequence % qint64(m_badAmounts.size()))]);
    else if (c.appliedFen != -1)
        appendAmount(c.appliedFen);
    m_buffer.append(',');
    if (c.recoveredFen >= 0)
        appendAmount(c.recoveredFen);
    m_buffer.append(',');
    m_buffer.append(handler.name);
    m_buffer.append(',');
    m_buffer.append(handler.department);
    m_buffer.append(',');
    appendNumber(c.deducted);
    m_buffer.append(',');
    if (c.extension > 0 || court.writesZeroExtension)
        appendNumber(c.extension);
    m_buffer.append(',');
    if (c.property == 1)
        m_buffer.append(m_yes);
    else if (c.property == 2)
        m_buffer.append(m_no);
    for (const QDate &date : {c.inquiry, c.dishonest, c.restriction, c.interview}) {
        m_buffer.append(',');
        appendDate(date);
    }
    if (m_config.withParties) {
        m_buffer.append(',');
        appendParty(true, c.cause);
        m_buffer.append(',');
        appendParty(false, c.cause);
    }
    m_buffer.append("\r\n");
}

bool ExportWriter::flush(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (m_out->write(m_buffer) != m_buffer.size()) {
        *error = QCoreApplication::translate("DemoGenerator", "Could not write the demo export: %1")
                     .arg(m_out->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool ExportWriter::run(QString *error, const std::function<bool(qint64, qint64)> &progress)
{
    if (!setUpEncoding(error))
        return false;
    setUpTables();
    writeHeader();

    // Months of the filing period with the relative volume of each day.
    struct Month
    {
        QDate first;
        int days = 0;
        std::array<double, 31> weight {};
        double total = 0.0;
        qint64 count = 0;
        double remainder = 0.0;
    };
    std::vector<Month> months;
    for (QDate day = m_config.from; day <= m_config.to; day = day.addDays(1)) {
        if (months.empty() || day.day() == 1) {
            months.emplace_back();
            months.back().first = day;
        }
        Month &month = months.back();
        const double weight = filingWeight(day, m_config.from);
        month.weight[size_t(month.days++)] = weight;
        month.total += weight;
    }
    // Exactly `cases` rows: largest-remainder apportionment of the monthly volumes.
    double grandTotal = 0.0;
    for (const Month &month : months)
        grandTotal += month.total;
    qint64 assigned = 0;
    for (Month &month : months) {
        const double exact = double(m_config.cases) * month.total / grandTotal;
        month.count = qint64(std::floor(exact));
        month.remainder = exact - double(month.count);
        assigned += month.count;
    }
    std::vector<size_t> order(months.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return months[a].remainder > months[b].remainder; });
    for (size_t i = 0; assigned < m_config.cases; i = (i + 1) % order.size(), ++assigned)
        ++months[order[i]].count;
    // Rounding could in theory overshoot by one; take it back from the smallest remainders.
    for (auto it = order.rbegin(); it != order.rend() && assigned > m_config.cases; ++it) {
        if (months[*it].count > 0) {
            --months[*it].count;
            --assigned;
        }
    }

    const qint64 defects = std::llround(double(m_config.cases) * m_config.defectRate);
    qint64 defectsLeft = defects;
    std::vector<qint64> sequences(m_courts.size() * size_t(CaseTypeCount), 0);
    int sequenceYear = 0;
    qint64 done = 0;
    GeneratedCase c;
    constexpr qsizetype FlushSize = 1 << 20;
    m_buffer.reserve(FlushSize + 4096);

    if (progress && !progress(0, m_config.cases)) {
        *error = QCoreApplication::translate("DemoGenerator", "Cancelled.");
        return false;
    }
    for (const Month &month : months) {
        std::array<qint64, 31> perDay {};
        for (qint64 i = 0; i < month.count; ++i) {
            double u = m_calendarRng.uniform() * month.total;
            int day = 0;
            while (day < month.days - 1 && u >= month.weight[size_t(day)])
                u -= month.weight[size_t(day++)];
            ++perDay[size_t(day)];
        }
        for (int day = 0; day < month.days; ++day) {
            const QDate filed = month.first.addDays(day);
            if (filed.year() != sequenceYear) {
                std::fill(sequences.begin(), sequences.end(), 0);
                sequenceYear = filed.year();
            }
            for (qint64 i = 0; i < perDay[size_t(day)]; ++i) {
                generateCase(filed, c);
                c.number.sequence
                    = ++sequences[size_t(c.number.court) * CaseTypeCount + size_t(c.number.type)];
                // Selection sampling: exactly `defects` rows, spread uniformly over the file.
                const qint64 rowsLeft = m_config.cases - done;
                if (defectsLeft > 0 && m_defectRng.uniform() * double(rowsLeft) < double(defectsLeft)) {
                    applyDefect(c, Defect(1 + m_defectRng.below(DefectKinds)));
                    --defectsLeft;
                } else {
                    m_recentNumbers[size_t(m_recentCount++ % qint64(m_recentNumbers.size()))] = c.number;
                }
                writeRow(c);
                ++done;
                if (m_buffer.size() >= FlushSize && !flush(error))
                    return false;
                if (progress && done % 16384 == 0 && !progress(done, m_config.cases)) {
                    *error = QCoreApplication::translate("DemoGenerator", "Cancelled.");
                    return false;
                }
            }
        }
    }
    if (!flush(error))
        return false;
    if (progress)
        progress(done, m_config.cases);
    return true;
}

} // namespace

bool generateDemoExport(const DemoGeneratorConfig &config, QIODevice *out, QString *error,
    const std::function<bool(qint64 done, qint64 total)> &progress)
{
    QString localError;
    QString *message = error ? error : &localError;
    if (config.cases < 0) {
        *message = QCoreApplication::translate("DemoGenerator", "The number of cases cannot be negative.");
        return false;
    }
    if (config.courts < 1 || config.courts > 99) {
        *message = QCoreApplication::translate(
            "DemoGenerator", "The number of basic courts must be between 1 and 99.");
        return false;
    }
    if (!config.from.isValid() || !config.to.isValid() || config.from > config.to || config.from.year() < 1000
        || config.to.year() > 9999) {
        *message = QCoreApplication::translate("DemoGenerator", "The filing period is empty or invalid.");
        return false;
    }
    if (!(config.defectRate >= 0.0 && config.defectRate <= 1.0)) {
        *message = QCoreApplication::translate("DemoGenerator", "The defect rate must be between 0 and 1.");
        return false;
    }
    if (!out || !out->isWritable()) {
        *message = QCoreApplication::translate("DemoGenerator", "The output is not open for writing.");
        return false;
    }
    ExportWriter writer(config, out);
    return writer.run(message, progress);
}

} // namespace caseload
