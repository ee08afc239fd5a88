<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseType</name>
    <message>
        <source>First enforcement</source>
        <translation>首次执行</translation>
    </message>
    <message>
        <source>Resumed enforcement</source>
        <translation>恢复执行</translation>
    </message>
    <message>
        <source>Preservation enforcement</source>
        <translation>财产保全执行</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>执行异议</translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation>执行复议</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>执行监督</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>执行协调</translation>
    </message>
    <message>
        <source>Other enforcement</source>
        <translation>其他执行</translation>
    </message>
</context>
<context>
    <name>ClosureMethod</name>
    <message>
        <source>Performed</source>
        <translation>执行完毕</translation>
    </message>
    <message>
        <source>Terminated (this round)</source>
        <translation>终结本次执行程序</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终结执行</translation>
    </message>
    <message>
        <source>Not enforced</source>
        <translation>不予执行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>销案</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read the input: %1</source>
        <translation>无法读取输入：%1</translation>
    </message>
    <message>
        <source>line %1: invalid UTF-16 data</source>
        <translation>第 %1 行：UTF-16 数据无效</translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field</source>
        <translation>第 %1 行：带引号的字段没有结束引号</translation>
    </message>
    <message>
        <source>line %1: invalid GB18030 byte sequence; the file may be in UTF-8</source>
        <translation>第 %1 行：无效的 GB18030 字节序列；文件可能是 UTF-8 编码</translation>
    </message>
    <message>
        <source>line %1: invalid UTF-8 byte sequence; the file may be in GB18030 (GBK)</source>
        <translation>第 %1 行：无效的 UTF-8 字节序列；文件可能是 GB18030（GBK）编码</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This Qt build cannot write GB18030.</source>
        <translation>此 Qt 版本无法写入 GB18030 编码。</translation>
    </message>
    <message>
        <source>The demo export can only be written in UTF-8 or GB18030.</source>
        <translation>演示导出文件只能以 UTF-8 或 GB18030 编码写入。</translation>
    </message>
    <message>
        <source>Could not write the demo export: %1</source>
        <translation>无法写入演示导出文件：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation>案件数不能为负数。</translation>
    </message>
    <message>
        <source>The number of basic courts must be between 1 and 99.</source>
        <translation>基层法院数必须在 1 到 99 之间。</translation>
    </message>
    <message>
        <source>The filing period is empty or invalid.</source>
        <translation>立案期间为空或无效。</translation>
    </message>
    <message>
        <source>The defect rate must be between 0 and 1.</source>
        <translation>缺陷比例必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>输出未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Try &apos;caseload generate --help&apos;.</source>
        <translation>请运行 &apos;caseload generate --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Writes a synthetic court execution-case export (CSV) for demos, tests and benchmarks. The same seed gives the same file.</source>
        <translation>生成模拟的法院执行案件导出文件（CSV），用于演示、测试和性能测试。相同的随机种子生成相同的文件。</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Number of cases (rows) to write.</source>
        <translation>要写入的案件数（行数）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of basic courts under the intermediate court, 1-99 (default 8).</source>
        <translation>中级法院下辖的基层法院数，1-99（默认 8）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>First filing month (default 2014-01).</source>
        <translation>首个立案月份（默认 2014-01）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Last filing month; its last day is the export&apos;s as-of date (default 2018-12).</source>
        <translation>最后一个立案月份；该月最后一天即导出数据的截止日期（默认 2018-12）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>utf-8 (with BOM, the default) or gb18030.</source>
        <translation>utf-8（带 BOM，默认）或 gb18030。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add applicant and debtor columns (fictitious names).</source>
        <translation>添加申请执行人和被执行人列（虚构姓名）。</translation>
    </message>
    <message>
        <source>Share of rows given one defect each, 0-1 (default 0).</source>
        <translation>各含一处缺陷的行所占比例，0-1（默认 0）。</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--cases is required.</source>
        <translation>必须指定 --cases。</translation>
    </message>
    <message>
        <source>--cases must be a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--cases 必须是不小于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--courts must be a whole number from 1 to 99, not &apos;%1&apos;.</source>
        <translation>--courts 必须是 1 到 99 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--from must be a month written YYYY-MM, not &apos;%1&apos;.</source>
        <translation>--from 必须是 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to must be a month written YYYY-MM, not &apos;%1&apos;.</source>
        <translation>--to 必须是 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to（%1）早于 --from（%2）。</translation>
    </message>
    <message>
        <source>--seed must be a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--seed 必须是不小于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030, not &apos;%1&apos;.</source>
        <translation>--encoding 必须是 utf-8 或 gb18030，而不是“%1”。</translation>
    </message>
    <message>
        <source>--defects must be a number from 0 to 1, not &apos;%1&apos;.</source>
        <translation>--defects 必须是 0 到 1 之间的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>必须指定 --out。</translation>
    </message>
    <message>
        <source>caseload generate: cannot write %1: %2</source>
        <translation>caseload generate：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>caseload generate: %1</source>
        <translation>caseload generate：%1</translation>
    </message>
    <message>
        <source>wrote %1 cases to %2</source>
        <translation>已将 %1 件案件写入 %2</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>column mapping is not a JSON object: %1</source>
        <translation>列映射不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>column mapping names an unknown field &apos;%1&apos;</source>
        <translation>列映射中有未知字段“%1”</translation>
    </message>
    <message>
        <source>column mapping names a column &apos;%1&apos; that the file does not have</source>
        <translation>列映射指定的列“%1”在文件中不存在</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no header row found in the first %2 lines: the file needs a case number column (案号) and a filing date column (立案日期)</source>
        <translation>%1：前 %2 行中没有找到表头行：文件须有案号列和立案日期列</translation>
    </message>
    <message>
        <source>%1: cannot write the reject report: %2</source>
        <translation>%1：无法写入未导入行报告：%2</translation>
    </message>
    <message>
        <source>%1: cannot write to the database: %2</source>
        <translation>%1：无法写入数据库：%2</translation>
    </message>
    <message>
        <source>duplicate case number %1, first on line %2</source>
        <translation>案号 %1 重复，首次出现在第 %2 行</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1：导入已取消，数据未作任何更改</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1：%2；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: cannot write to the database: %2; nothing was imported</source>
        <translation>%1：无法写入数据库：%2；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: the column mapping does not fit the file: %2</source>
        <translation>%1：列映射与文件不符：%2</translation>
    </message>
</context>
<context>
    <name>RowNormaliser</name>
    <message>
        <source>not a valid date: &apos;%1&apos;</source>
        <translation>日期无效：“%1”</translation>
    </message>
    <message>
        <source>date %1 is in the future</source>
        <translation>日期 %1 晚于当前日期</translation>
    </message>
    <message>
        <source>not a valid amount: &apos;%1&apos;</source>
        <translation>金额无效：“%1”</translation>
    </message>
    <message>
        <source>negative amount: &apos;%1&apos;</source>
        <translation>金额为负数：“%1”</translation>
    </message>
    <message>
        <source>not a whole number of days: &apos;%1&apos;</source>
        <translation>天数不是整数：“%1”</translation>
    </message>
    <message>
        <source>negative number of days: &apos;%1&apos;</source>
        <translation>天数为负数：“%1”</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>no case number</source>
        <translation>缺少案号</translation>
    </message>
    <message>
        <source>unknown case type: &apos;%1&apos;</source>
        <translation>未知的案件类型：“%1”</translation>
    </message>
    <message>
        <source>no filing date</source>
        <translation>缺少立案日期</translation>
    </message>
    <message>
        <source>closure date %1 is before the filing date %2</source>
        <translation>结案日期 %1 早于立案日期 %2</translation>
    </message>
    <message>
        <source>unknown closure method: &apos;%1&apos;</source>
        <translation>未知的结案方式：“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a suspension, not a closure, but the row has a closure date</source>
        <translation>“%1”是中止执行而非结案，但该行有结案日期</translation>
    </message>
    <message>
        <source>closure method &apos;%1&apos; but no closure date</source>
        <translation>有结案方式“%1”，但缺少结案日期</translation>
    </message>
    <message>
        <source>closure date %1 but no closure method</source>
        <translation>有结案日期 %1，但缺少结案方式</translation>
    </message>
    <message>
        <source>not a yes/no value: &apos;%1&apos;</source>
        <translation>不是“是/否”值：“%1”</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>no import in progress</source>
        <translation>当前没有正在进行的导入</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>the database was written by a newer Caseload (schema version %1; this program knows up to %2)</source>
        <translation>该数据库由较新版本的 Caseload 写入（结构版本 %1；本程序最高支持版本 %2）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot use the database %1: %2</source>
        <translation>无法使用数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>caseload::ImportController</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Generating the demo export (%n cases)…</source>
        <translation>
            <numerusform>正在生成演示导出文件（%n 件案件）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the demo export…</source>
        <translation>正在导入演示导出文件…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>caseload::ImportProgressDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>caseload::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import cancelled: the database was not changed.</source>
        <translation>导入已取消：数据库未作更改。</translation>
    </message>
    <message>
        <source>Import failed: the database was not changed.</source>
        <translation>导入失败：数据库未作更改。</translation>
    </message>
    <message>
        <source>Rows read: %1; imported: %2; rejected: %3</source>
        <translation>读取 %1 行；导入 %2 行；未导入 %3 行</translation>
    </message>
    <message>
        <source>New cases: %1; updated: %2; unchanged: %3</source>
        <translation>新增案件 %1 件；更新 %2 件；无变化 %3 件</translation>
    </message>
    <message>
        <source>Encoding: %1; header row on line %2</source>
        <translation>编码：%1；表头位于第 %2 行</translation>
    </message>
    <message>
        <source>Columns not recognised (ignored): %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <source>Personal-data columns not stored: %1</source>
        <translation>未保存的个人信息列：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected row(s).</source>
        <translation>
            <numerusform>……另有 %n 行未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>First rejected rows:</source>
        <translation>前几条未导入的行：</translation>
    </message>
    <message>
        <source>Open reject report</source>
        <translation>打开未导入行报告</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>未导入行报告</translation>
    </message>
    <message>
        <source>No program could open the report. It is saved as:
%1</source>
        <translation>没有可打开该报告的程序。报告已保存为：
%1</translation>
    </message>
</context>
<context>
    <name>caseload::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>打开演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Caseload</source>
        <translation>关于 Caseload(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>案件数：%1</translation>
    </message>
    <message>
        <source>Import court exports</source>
        <translation>导入法院导出文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>About Caseload</source>
        <translation>关于 Caseload</translation>
    </message>
    <message>
        <source>Caseload %1

Analytics for court enforcement caseloads: imports the case exports of court case systems and shows how cases are filed, closed and pending.</source>
        <translation>Caseload %1

法院执行案件统计分析：导入法院案件管理系统的导出文件，展示案件的立案、结案和未结情况。</translation>
    </message>
    <message>
        <source>Keep personal data?</source>
        <translation>保留个人信息？</translation>
    </message>
    <message>
        <source>Party names and ID numbers will be stored in the database with the cases. Keep them only where your court&apos;s rules allow it.</source>
        <translation>当事人姓名和身份证号将随案件一起存入数据库。请仅在本院规定允许时保留。</translation>
    </message>
    <message>
        <source>Import &amp;options</source>
        <translation>导入选项(&amp;O)</translation>
    </message>
    <message>
        <source>Text &amp;encoding</source>
        <translation>文本编码(&amp;E)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Keep &amp;personal data of parties</source>
        <translation>保留当事人个人信息(&amp;P)</translation>
    </message>
    <message>
        <source>Back to &amp;my database</source>
        <translation>返回我的数据库(&amp;M)</translation>
    </message>
</context>
<context>
    <name>caseload::MonthlyFlowChart</name>
    <message>
        <source>Execution cases filed and closed per month</source>
        <translation>每月执行案件立案与结案数</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No cases yet.
Import a court export with File ▸ Import…, drop CSV files here, or open the demo data.</source>
        <translation>还没有案件。
请通过“文件 ▸ 导入…”导入法院导出文件，或将 CSV 文件拖放到此处，或打开演示数据。</translation>
    </message>
    <message>
        <source>The cases could not be loaded:
%1</source>
        <translation>无法加载案件：
%1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Writes the normalised cases of the store as UTF-8 CSV.</source>
        <translation>将案件库中经规范化的案件写出为 UTF-8 编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>caseload export: --out FILE is required</source>
        <translation>caseload export：必须指定 --out FILE</translation>
    </message>
    <message>
        <source>caseload export: cannot write %1: %2</source>
        <translation>caseload export：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>caseload export: %1</source>
        <translation>caseload export：%1</translation>
    </message>
    <message>
        <source>wrote %1 cases to %2</source>
        <translation>已将 %1 件案件写入 %2</translation>
    </message>
    <message>
        <source>Imports court case exports (CSV) into the case store. Each file is one transaction.</source>
        <translation>将法院案件导出文件（CSV）导入案件库。每个文件作为一个事务导入。</translation>
    </message>
    <message>
        <source>Exports to import.</source>
        <translation>要导入的导出文件。</translation>
    </message>
    <message>
        <source>Text encoding: auto, utf-8 or gb18030.</source>
        <translation>文本编码：auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Write rejected rows (line, field, reason, raw row) to this CSV file.</source>
        <translation>将未导入的行（行号、字段、原因、原始行）写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Store the parties&apos; columns (personal data; off by default).</source>
        <translation>保存当事人列（个人信息；默认不保存）。</translation>
    </message>
    <message>
        <source>Column mapping as JSON: {&quot;case_number&quot;: &quot;案号&quot;, ...}.</source>
        <translation>以 JSON 表示的列映射：{&quot;case_number&quot;: &quot;案号&quot;, ...}。</translation>
    </message>
    <message>
        <source>caseload import: no file given</source>
        <translation>caseload import：未指定文件</translation>
    </message>
    <message>
        <source>caseload import: unknown encoding &apos;%1&apos; (use auto, utf-8 or gb18030)</source>
        <translation>caseload import：未知编码“%1”（可用 auto、utf-8 或 gb18030）</translation>
    </message>
    <message>
        <source>caseload import: cannot read %1: %2</source>
        <translation>caseload import：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>inserted %1, updated %2, unchanged %3; encoding %4, header on line %5</source>
        <translation>新增 %1 件，更新 %2 件，无变化 %3 件；编码 %4，表头位于第 %5 行</translation>
    </message>
    <message>
        <source>columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <source>personal data not stored: %1 (--keep-personal-data stores it)</source>
        <translation>未保存的个人信息：%1（使用 --keep-personal-data 可保存）</translation>
    </message>
    <message>
        <source>all %1 rejected rows are in %2</source>
        <translation>全部 %1 条未导入的行已写入 %2</translation>
    </message>
    <message>
        <source>and %1 more; --rejects PATH writes them all</source>
        <translation>另有 %1 条；使用 --rejects PATH 可全部写出</translation>
    </message>
    <message>
        <source>caseload: unknown command &apos;%1&apos;. Commands: import, export, generate; without a command the window opens.</source>
        <translation>caseload：未知命令“%1”。可用命令：import、export、generate；不带命令则打开窗口。</translation>
    </message>
</context>
</TS>
