<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>caseload::AccuracyPanel</name>
    <message numerus="yes">
        <source>Forecasts made from %n past months, each compared with what happened next.</source>
        <translation>
            <numerusform>Forecasts made from %n past month, each compared with what happened next.</numerusform>
            <numerusform>Forecasts made from %n past months, each compared with what happened next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::BacklogPanel</name>
    <message numerus="yes">
        <source>Below %1 within %n months: less than an even chance.</source>
        <translation>
            <numerusform>Below %1 within %n month: less than an even chance.</numerusform>
            <numerusform>Below %1 within %n months: less than an even chance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closures assume that each 1% more workload (pending at the previous month end + cases filed in the month) brings %1% more closures: elasticity %2 ± %3 (one standard error), with month effects and a trend, fitted on %n months.</source>
        <translation>
            <numerusform>Closures assume that each 1% more workload (pending at the previous month end + cases filed in the month) brings %1% more closures: elasticity %2 ± %3 (one standard error), with month effects and a trend, fitted on %n month.</numerusform>
            <numerusform>Closures assume that each 1% more workload (pending at the previous month end + cases filed in the month) brings %1% more closures: elasticity %2 ± %3 (one standard error), with month effects and a trend, fitted on %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fan is %n simulated paths; backlog forecasts fail mostly when this closure assumption does.</source>
        <translation>
            <numerusform>The fan is %n simulated path; backlog forecasts fail mostly when this closure assumption does.</numerusform>
            <numerusform>The fan is %n simulated paths; backlog forecasts fail mostly when this closure assumption does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::CourtComparisonModel</name>
    <message numerus="yes">
        <source>Indicator 4: closures ÷ (pending at start + filed) over the %n-year window ending with the period; target ≥ %1.</source>
        <translation>
            <numerusform>Indicator 4: closures ÷ (pending at start + filed) over the %n-year window ending with the period; target ≥ %1.</numerusform>
            <numerusform>Indicator 4: closures ÷ (pending at start + filed) over the %n-year window ending with the period; target ≥ %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::FilterBar</name>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courts</source>
        <translation>
            <numerusform>%n court</numerusform>
            <numerusform>%n courts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n types</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::ForecastPage</name>
    <message numerus="yes">
        <source>History: %n months, %1 to %2; forecast to %3</source>
        <translation>
            <numerusform>History: %n month, %1 to %2; forecast to %3</numerusform>
            <numerusform>History: %n months, %1 to %2; forecast to %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::ImportController</name>
    <message numerus="yes">
        <source>Generating the demo export (%n cases)…</source>
        <translation>
            <numerusform>Generating the demo export (%n case)…</numerusform>
            <numerusform>Generating the demo export (%n cases)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>… and %n more rejected row(s).</source>
        <translation>
            <numerusform>… and %n more rejected row.</numerusform>
            <numerusform>… and %n more rejected rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::OverviewPage</name>
    <message numerus="yes">
        <source>④ %n-year overall closure</source>
        <translation>
            <numerusform>④ %n-year overall closure</numerusform>
            <numerusform>④ %n-year overall closure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) selected</source>
        <translation>
            <numerusform>%Ln case selected</numerusform>
            <numerusform>%Ln cases selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::ReportBatch</name>
    <message numerus="yes">
        <source>Stopped after %n file(s): %1</source>
        <translation>
            <numerusform>Stopped after %n file: %1</numerusform>
            <numerusform>Stopped after %n files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error after %n file(s): %1</source>
        <translation>
            <numerusform>Stopped by an error after %n file: %1</numerusform>
            <numerusform>Stopped by an error after %n files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
