#pragma once

#include "IndicatorCard.h"
#include "dashboard/DashboardPage.h"

#include <array>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedLayout;

namespace caseload {

/// The Overview page: one IndicatorCard per headline figure (clearance rate, pending at the period's
/// end, disposition time, median days to closure, share closed within the time limit, recovery ratio
/// and the five core indicators) in a grid whose column count follows the page's width (a scroll area
/// when even one column does not fit). The values arrive with DashboardController::dataReady, the
/// changes and sparklines with comparisonsReady; until then the changes show "—".
class OverviewPage : public DashboardPage
{
    Q_OBJECT

public:
    enum class Indicator {
        ClearanceRate,
        Pending, ///< at the period's end
        DispositionTime, ///< days
        MedianDays, ///< days from filing to closure, closed cases
        WithinLimit, ///< net: by the deadline with extension and deductions
        RecoveryRatio,
        Core1,
        Core2,
        Core3,
        Core4,
        Core5,
    };
    static constexpr int IndicatorCount = 11;

    explicit OverviewPage(QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void setData(const DashboardData &data) override;

    IndicatorCard *card(Indicator indicator) const { return m_cards[size_t(indicator)]; }
    /// Columns of the card grid now.
    int columns() const { return m_columns; }
    /// True while the page shows a message instead of the cards (nothing loaded, or an error).
    bool isShowingMessage() const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void refresh();
    void relayout();
    void onCardActivated(Indicator indicator);
    IndicatorCard::Content contentFor(Indicator indicator) const;

    DashboardData m_data;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_gridWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    std::array<IndicatorCard *, IndicatorCount> m_cards = {};
    int m_columns = 0;
};

} // namespace caseload
