<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BiffInspector</name>
    <message>
        <source>unknown compound-file version %1</source>
        <translation>未知的复合文档版本 %1</translation>
    </message>
    <message>
        <source>the compound-file header has no byte-order mark</source>
        <translation>复合文档文件头没有字节序标记</translation>
    </message>
    <message>
        <source>impossible sector size 2^%1</source>
        <translation>不可能的扇区大小 2^%1</translation>
    </message>
    <message>
        <source>impossible mini-sector size 2^%1</source>
        <translation>不可能的迷你扇区大小 2^%1</translation>
    </message>
    <message>
        <source>the file ends after %1 bytes, inside the compound-file header</source>
        <translation>文件在 %1 字节处结束，位于复合文档文件头内部</translation>
    </message>
    <message>
        <source>impossible mini-stream cutoff %1</source>
        <translation>不可能的迷你流截止大小 %1</translation>
    </message>
    <message>
        <source>the header declares %1 FAT sectors, the file holds %2 sectors</source>
        <translation>文件头声明有 %1 个 FAT 扇区，而文件共有 %2 个扇区</translation>
    </message>
    <message>
        <source>the header declares more DIFAT or mini FAT sectors than the file holds</source>
        <translation>文件头声明的 DIFAT 或迷你 FAT 扇区数多于文件实际包含的扇区数</translation>
    </message>
    <message>
        <source>the header declares %1 FAT sectors but its DIFAT lists only %2</source>
        <translation>文件头声明有 %1 个 FAT 扇区，但其 DIFAT 只列出了 %2 个</translation>
    </message>
    <message>
        <source>DIFAT sector %1 lies outside the file</source>
        <translation>DIFAT 扇区 %1 位于文件之外</translation>
    </message>
    <message>
        <source>FAT sector %1 (number %2 of the FAT) lies outside the file</source>
        <translation>FAT 扇区 %1（FAT 的第 %2 个扇区）位于文件之外</translation>
    </message>
    <message>
        <source>the %1 ends after %2 of its %3 bytes</source>
        <translation>%1共 %3 字节，但在 %2 字节处即已结束</translation>
    </message>
    <message>
        <source>the %1 goes to sector %2, outside the file</source>
        <translation>%1指向扇区 %2，位于文件之外</translation>
    </message>
    <message>
        <source>the %1 loops back to sector %2</source>
        <translation>%1循环回到扇区 %2</translation>
    </message>
    <message>
        <source>the file ends inside the %1 (sector %2; the file is cut short)</source>
        <translation>文件在%1内部结束（扇区 %2；文件被截断）</translation>
    </message>
    <message>
        <source>the file ends inside the directory (sector %1)</source>
        <translation>文件在目录内部结束（扇区 %1）</translation>
    </message>
    <message>
        <source>the compound file has no directory</source>
        <translation>复合文档没有目录</translation>
    </message>
    <message>
        <source>the first directory entry is not the root storage</source>
        <translation>第一个目录项不是根存储</translation>
    </message>
    <message>
        <source>directory entry %1 has a name of %2 bytes (at most 64)</source>
        <translation>目录项 %1 的名称长 %2 字节（最多 64 字节）</translation>
    </message>
    <message>
        <source>the file ends inside the mini FAT (sector %1)</source>
        <translation>文件在迷你 FAT 内部结束（扇区 %1）</translation>
    </message>
    <message>
        <source>chain of mini sectors of the workbook stream</source>
        <translation>工作簿流的迷你扇区链</translation>
    </message>
    <message>
        <source>the mini stream is %1 bytes, more than the whole file</source>
        <translation>迷你流长 %1 字节，超过了整个文件</translation>
    </message>
    <message>
        <source>mini stream</source>
        <translation>迷你流</translation>
    </message>
    <message>
        <source>the %1 goes to mini sector %2, outside the mini stream</source>
        <translation>%1指向迷你扇区 %2，位于迷你流之外</translation>
    </message>
    <message>
        <source>the %1 loops back to mini sector %2</source>
        <translation>%1循环回到迷你扇区 %2</translation>
    </message>
    <message>
        <source>the workbook stream claims %1 bytes, more than the whole file</source>
        <translation>工作簿流声称长 %1 字节，超过了整个文件</translation>
    </message>
    <message>
        <source>workbook stream</source>
        <translation>工作簿流</translation>
    </message>
    <message>
        <source>byte %1 of the file</source>
        <translation>文件第 %1 字节</translation>
    </message>
    <message>
        <source>byte %1 of the workbook stream</source>
        <translation>工作簿流第 %1 字节</translation>
    </message>
    <message>
        <source>%1 record at %2 ends before its text</source>
        <translation>位于%2处的 %1 记录在其文本之前就已结束</translation>
    </message>
    <message>
        <source>the %1 record at %2 holds a text of %3 characters that does not fit in its %4 bytes</source>
        <translation>位于%2处的 %1 记录包含一段 %3 个字符的文本，超出了该记录的 %4 字节</translation>
    </message>
    <message>
        <source>a sheet entry (BOUNDSHEET) at %1 lies outside the workbook globals</source>
        <translation>位于%1处的工作表条目（BOUNDSHEET）在工作簿全局子流之外</translation>
    </message>
    <message>
        <source>the sheet entry (BOUNDSHEET) at %1 is only %2 bytes long</source>
        <translation>位于%1处的工作表条目（BOUNDSHEET）只有 %2 字节长</translation>
    </message>
    <message>
        <source>the sheet entry (BOUNDSHEET) at %1 has an empty name</source>
        <translation>位于%1处的工作表条目（BOUNDSHEET）名称为空</translation>
    </message>
    <message>
        <source>two sheet entries point at byte %1 of the workbook stream</source>
        <translation>有两个工作表条目指向工作簿流第 %1 字节</translation>
    </message>
    <message>
        <source>a second shared-string table (SST) at %1</source>
        <translation>位于%1处的第二个共享字符串表（SST）</translation>
    </message>
    <message>
        <source>the shared-string table (SST) at %1 is only %2 bytes long</source>
        <translation>位于%1处的共享字符串表（SST）只有 %2 字节长</translation>
    </message>
    <message>
        <source>the shared-string table (SST) at %1 is damaged: %2</source>
        <translation>位于%1处的共享字符串表（SST）已损坏：%2</translation>
    </message>
    <message>
        <source>it ends after %1 of its %2 strings</source>
        <translation>它声明有 %2 个字符串，但读完 %1 个后即已结束</translation>
    </message>
    <message>
        <source>it ends inside string %1</source>
        <translation>它在字符串 %1 内部结束</translation>
    </message>
    <message>
        <source>a character of string %1 is split between records</source>
        <translation>字符串 %1 中有一个字符被拆分到两条记录中</translation>
    </message>
    <message>
        <source>it ends inside the formatting of string %1</source>
        <translation>它在字符串 %1 的格式信息内部结束</translation>
    </message>
    <message>
        <source>bytes are left over after the %1 strings it declares</source>
        <translation>在其声明的 %1 个字符串之后还有多余的字节</translation>
    </message>
    <message>
        <source>the %1 record at %2 is %3 bytes long, impossible for its type</source>
        <translation>位于%2处的 %1 记录长 %3 字节，这对该类型的记录而言不可能</translation>
    </message>
    <message>
        <source>the cell record at %1 is in column %2, beyond column IV</source>
        <translation>位于%1处的单元格记录在第 %2 列，超出了 IV 列</translation>
    </message>
    <message>
        <source>the LABELSST record at %1 refers to shared string %2 of %3</source>
        <translation>位于%1处的 LABELSST 记录引用了共享字符串 %2（共 %3 个）</translation>
    </message>
    <message>
        <source>the %1 record at %2 holds %3 cells from column %4 but says it ends at column %5</source>
        <translation>位于%2处的 %1 记录从第 %4 列起包含 %3 个单元格，却声明结束于第 %5 列</translation>
    </message>
    <message>
        <source>the BOOLERR record at %1 is neither a boolean nor an error</source>
        <translation>位于%1处的 BOOLERR 记录既不是布尔值，也不是错误值</translation>
    </message>
    <message>
        <source>the BOOLERR record at %1 holds the unknown error code 0x%2</source>
        <translation>位于%1处的 BOOLERR 记录包含未知的错误代码 0x%2</translation>
    </message>
    <message>
        <source>the DIMENSIONS record at %1 declares %2 columns</source>
        <translation>位于%1处的 DIMENSIONS 记录声明了 %2 列</translation>
    </message>
    <message>
        <source>the LABEL record at %1 holds a text of %2 characters that does not fit in its %3 bytes</source>
        <translation>位于%1处的 LABEL 记录包含一段 %2 个字符的文本，超出了该记录的 %3 字节</translation>
    </message>
    <message>
        <source>the BOOLERR record at %1 is neither a boolean nor a known error</source>
        <translation>位于%1处的 BOOLERR 记录既不是布尔值，也不是已知的错误值</translation>
    </message>
    <message>
        <source>the DIMENSIONS record at %1 declares rows %2-%3 and columns %4-%5, impossible in Excel</source>
        <translation>位于%1处的 DIMENSIONS 记录声明的范围为第 %2-%3 行、第 %4-%5 列，这在 Excel 中不可能</translation>
    </message>
    <message>
        <source>the workbook stream is only %1 bytes long</source>
        <translation>工作簿流只有 %1 字节长</translation>
    </message>
    <message>
        <source>the first BOF record is damaged</source>
        <translation>第一条 BOF 记录已损坏</translation>
    </message>
    <message>
        <source>the workbook stream does not start with a BOF record</source>
        <translation>工作簿流不是以 BOF 记录开头</translation>
    </message>
    <message>
        <source>the record at %1 is cut off by the end of the stream</source>
        <translation>位于%1处的记录被流的结尾截断</translation>
    </message>
    <message>
        <source>the record %1 at %2 is %3 bytes long, past the end of the stream</source>
        <translation>位于%2处的记录 %1 长 %3 字节，超出了流的结尾</translation>
    </message>
    <message>
        <source>the record %1 at %2 is %3 bytes long, over the BIFF limit of %4</source>
        <translation>位于%2处的记录 %1 长 %3 字节，超过了 BIFF 的上限 %4 字节</translation>
    </message>
    <message>
        <source>the record %1 at %2 lies outside any BOF/EOF substream</source>
        <translation>位于%2处的记录 %1 不属于任何 BOF/EOF 子流</translation>
    </message>
    <message>
        <source>the BOF record at %1 is %2 bytes long</source>
        <translation>位于%1处的 BOF 记录长 %2 字节</translation>
    </message>
    <message>
        <source>a second worksheet at %1 in a BIFF%2 file</source>
        <translation>BIFF%2 文件中位于%1处的第二个工作表</translation>
    </message>
    <message>
        <source>the substream at %1 belongs to no sheet</source>
        <translation>位于%1处的子流不属于任何工作表</translation>
    </message>
    <message>
        <source>substreams nested too deeply at %1</source>
        <translation>子流在%1处嵌套过深</translation>
    </message>
    <message>
        <source>the EOF record at %1 is %2 bytes long</source>
        <translation>位于%1处的 EOF 记录长 %2 字节</translation>
    </message>
    <message>
        <source>the workbook stream ends inside a substream (an EOF record is missing)</source>
        <translation>工作簿流在子流内部结束（缺少 EOF 记录）</translation>
    </message>
    <message>
        <source>sheet “%1” points at %2, where no substream starts</source>
        <translation>工作表“%1”指向%2，但该处并非子流的开头</translation>
    </message>
    <message>
        <source>the file is neither a compound file nor a BIFF worksheet</source>
        <translation>该文件既不是复合文档，也不是 BIFF 工作表</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>mini FAT</source>
        <translation>迷你 FAT</translation>
    </message>
</context>
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
    <name>FileFormat</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (.xls)</source>
        <translation>Excel 97-2003 工作簿（.xls）</translation>
    </message>
    <message>
        <source>password-protected Office document</source>
        <translation>设有密码的 Office 文档</translation>
    </message>
    <message>
        <source>web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a spreadsheet: open it in Excel or WPS and save it as .xlsx or CSV</source>
        <translation>%1 是网页（HTML），不是电子表格：请在 Excel 或 WPS 中打开它，并另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>%1 is password-protected: open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it again</source>
        <translation>%1 设有密码：请在 Excel 或 WPS 中打开它，取消密码（文件 ▸ 信息 ▸ 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>%1 is neither a CSV file nor an Excel workbook: open it in Excel or WPS and save it as .xlsx or CSV</source>
        <translation>%1 既不是 CSV 文件，也不是 Excel 工作簿：请在 Excel 或 WPS 中打开它，并另存为 .xlsx 或 CSV</translation>
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
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>duplicate case number %1, first on row %2</source>
        <translation>案号 %1 重复，首次出现在第 %2 行</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>IndicatorSettings</name>
    <message>
        <source>indicator settings: %1 must be a whole number, not %2</source>
        <translation>指标设置：%1 必须是整数，而不是 %2</translation>
    </message>
    <message>
        <source>indicator settings: %1 must be from %2 to %3, not %4</source>
        <translation>指标设置：%1 必须在 %2 到 %3 之间，而不是 %4</translation>
    </message>
    <message>
        <source>indicator settings: %1 must be an object, not %2</source>
        <translation>指标设置：%1 必须是 JSON 对象，而不是 %2</translation>
    </message>
    <message>
        <source>indicator settings: %1 must be a list of closure methods, not %2</source>
        <translation>指标设置：%1 必须是结案方式列表，而不是 %2</translation>
    </message>
    <message>
        <source>indicator settings: %1 holds %2, which is not a closure method</source>
        <translation>指标设置：%1 中的 %2 不是结案方式</translation>
    </message>
    <message>
        <source>indicator settings: %1 must be a number, not %2</source>
        <translation>指标设置：%1 必须是数值，而不是 %2</translation>
    </message>
    <message>
        <source>indicator settings: %1 must be from 0 to 1, not %2</source>
        <translation>指标设置：%1 必须在 0 到 1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>indicator settings: %1 must be true or false, not %2</source>
        <translation>指标设置：%1 必须是 true 或 false，而不是 %2</translation>
    </message>
</context>
<context>
    <name>KeychainVault</name>
    <message>
        <source>no system keychain service is running</source>
        <translation>没有正在运行的系统钥匙串服务</translation>
    </message>
</context>
<context>
    <name>PgPassFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>petition figures need a court</source>
        <translation>执行信访数据须指定法院</translation>
    </message>
    <message>
        <source>petition figures for %1 need a valid period</source>
        <translation>%1 的执行信访数据须指定有效的期间</translation>
    </message>
    <message>
        <source>the petition period for %1 ends (%2) before it starts (%3)</source>
        <translation>%1 的信访统计期间结束日期（%2）早于开始日期（%3）</translation>
    </message>
    <message>
        <source>petitions received for %1 cannot be negative (%2)</source>
        <translation>%1 的收到信访件数不能为负数（%2）</translation>
    </message>
    <message>
        <source>petitions resolved for %1 must be between 0 and the %2 received (%3)</source>
        <translation>%1 的信访办结件数必须在 0 到收到件数 %2 之间（%3）</translation>
    </message>
    <message>
        <source>there are no petition figures for %1 from %2 to %3</source>
        <translation>%1 在 %2 至 %3 期间没有执行信访数据</translation>
    </message>
    <message>
        <source>a court group needs a name</source>
        <translation>法院分组须有名称</translation>
    </message>
    <message>
        <source>the court group %1 names a court without a name</source>
        <translation>法院分组 %1 中有未填写名称的法院</translation>
    </message>
    <message>
        <source>a setting needs a key</source>
        <translation>设置项须有键名</translation>
    </message>
    <message>
        <source>there is no saved column mapping for the signature %1</source>
        <translation>没有与表头特征 %1 对应的已保存列映射</translation>
    </message>
    <message>
        <source>the PostgreSQL location must read postgresql://user@host:port/database (given: %1)</source>
        <translation>PostgreSQL 地址应写作 postgresql://user@host:port/database（当前为：%1）</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server at %1, database %2: %3</source>
        <translation>无法连接 %1 上的 PostgreSQL 服务器（数据库 %2）：%3</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL）（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the database has schema version %1 and needs an upgrade to version %2, which the database role &apos;%3&apos; may not make: open it once with the owner role (e.g. caseload_import) to upgrade it</source>
        <translation>数据库的结构版本为 %1，需要升级到版本 %2，而数据库角色“%3”无权升级：请用所有者角色（如 caseload_import）打开一次以完成升级</translation>
    </message>
    <message>
        <source>the PostgreSQL location sets an unsupported connection option %1 (supported: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name, target_session_attrs)</source>
        <translation>PostgreSQL 地址设置了不支持的连接选项 %1（支持：sslmode、sslrootcert、sslcert、sslkey、sslcrl、connect_timeout、application_name、target_session_attrs）</translation>
    </message>
    <message>
        <source>lost the connection to the server %1: %2</source>
        <translation>与服务器 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>the database file %1 is read-only: cases cannot be imported into it</source>
        <translation>数据库文件 %1 为只读：无法向其导入案件</translation>
    </message>
    <message>
        <source>the folder %1 of the database is read-only (SQLite needs to write its journal there): cases cannot be imported</source>
        <translation>数据库所在文件夹 %1 为只读（SQLite 需要在其中写日志）：无法导入案件</translation>
    </message>
    <message>
        <source>cannot read the database role&apos;s privileges: %1</source>
        <translation>无法读取数据库角色的权限：%1</translation>
    </message>
    <message>
        <source>the database role &apos;%1&apos; may only read: ask the data office for an importing role</source>
        <translation>数据库角色“%1”只能读取：请向数据管理部门申请具有导入权限的角色</translation>
    </message>
    <message>
        <source>cannot read the setting %1: %2</source>
        <translation>无法读取设置 %1：%2</translation>
    </message>
</context>
<context>
    <name>StoredSetup</name>
    <message>
        <source>the stored indicator settings are not valid JSON: %1</source>
        <translation>已保存的指标设置不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>not enough memory to read %1</source>
        <translation>内存不足，无法读取 %1</translation>
    </message>
    <message>
        <source>%1 holds no Excel workbook (it may be another Office document, such as a Word file)</source>
        <translation>%1 中没有 Excel 工作簿（它可能是其他 Office 文档，例如 Word 文件）</translation>
    </message>
    <message>
        <source>%1 is in an Excel version that cannot be read here: open it in Excel or WPS and save it as .xlsx</source>
        <translation>%1 的 Excel 版本无法在此读取：请在 Excel 或 WPS 中打开它，并另存为 .xlsx</translation>
    </message>
    <message>
        <source>%1 holds text in an encoding that cannot be read: open it in Excel or WPS and save it as .xlsx</source>
        <translation>%1 中文本的编码无法读取：请在 Excel 或 WPS 中打开它，并另存为 .xlsx</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (FreeXL error %2): open it in Excel or WPS and save it again, or export it again</source>
        <translation>%1 已损坏或被截断（FreeXL 错误 %2）：请在 Excel 或 WPS 中打开它并重新保存，或者重新导出</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): open it in Excel or WPS and save it again</source>
        <translation>%1 已损坏（%2）：请在 Excel 或 WPS 中打开它并重新保存</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>%1 is not an Excel 97-2003 workbook (.xls): its content is %2</source>
        <translation>%1 不是 Excel 97-2003 工作簿（.xls）：其内容为 %2</translation>
    </message>
    <message>
        <source>%1 holds no worksheet</source>
        <translation>%1 中没有工作表</translation>
    </message>
    <message>
        <source>its %1 sheet entries read as %2 sheets</source>
        <translation>其 %1 个工作表条目被读取为 %2 个工作表</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, has a formula cell whose value FreeXL, the .xls reader, cannot read: open it in Excel or WPS and save it as .xlsx, then import that</source>
        <translation>%1 的工作表“%2”中有一个公式单元格，其值无法由 .xls 读取组件 FreeXL 读取：请在 Excel 或 WPS 中打开它并另存为 .xlsx，然后导入该文件</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, has %3 formula cells whose values FreeXL, the .xls reader, cannot read: open it in Excel or WPS and save it as .xlsx, then import that</source>
        <translation>%1 的工作表“%2”中有 %3 个公式单元格，其值无法由 .xls 读取组件 FreeXL 读取：请在 Excel 或 WPS 中打开它并另存为 .xlsx，然后导入该文件</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2” (its sheets: %3)</source>
        <translation>%1 中没有名为“%2”的工作表（其工作表：%3）</translation>
    </message>
    <message>
        <source>%1: cannot read the cell (FreeXL error %2)</source>
        <translation>%1：无法读取该单元格（FreeXL 错误 %2）</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 (XML line %2, column %3)</source>
        <translation>%1（XML 第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>%1: the workbook is corrupt (%2): %3</source>
        <translation>%1：工作簿已损坏（%2）：%3</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected (encrypted); remove the password in Excel or WPS, save it and import it again</source>
        <translation>%1：工作簿设有密码（已加密）；请在 Excel 或 WPS 中取消密码并保存，然后重新导入</translation>
    </message>
    <message>
        <source>%1: this is an old Excel .xls workbook (or another OLE2 document), not an .xlsx workbook</source>
        <translation>%1：这是旧版 Excel .xls 工作簿（或其他 OLE2 复合文档），不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook: the file is an HTML or XML document (some systems export one under an .xls or .xlsx name)</source>
        <translation>%1：不是 .xlsx 工作簿：该文件是 HTML 或 XML 文档（有些系统会以 .xls 或 .xlsx 文件名导出此类文档）</translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook (not a zip archive)</source>
        <translation>%1：不是 .xlsx 工作簿（不是 ZIP 压缩包）</translation>
    </message>
    <message>
        <source>%1: this is a binary .xlsb workbook; save it as .xlsx (Excel Workbook) and import that</source>
        <translation>%1：这是二进制 .xlsb 工作簿；请将其另存为 .xlsx（Excel 工作簿）后再导入</translation>
    </message>
    <message>
        <source>%1: this is an OpenDocument file (.ods); save it as .xlsx and import that</source>
        <translation>%1：这是 OpenDocument 文件（.ods）；请将其另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook: the zip archive holds no workbook (xl/workbook.xml)</source>
        <translation>%1：不是 .xlsx 工作簿：ZIP 压缩包中没有工作簿（xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook is corrupt (%1): %2</source>
        <translation>工作簿已损坏（%1）：%2</translation>
    </message>
    <message>
        <source>the XML ends early (truncated)</source>
        <translation>XML 提前结束（已被截断）</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML ends early (truncated)</source>
        <translation>工作表的 XML 提前结束（已被截断）</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is corrupt: %1</source>
        <translation>工作表的 XML 已损坏：%1</translation>
    </message>
    <message>
        <source>sheet %1, row %2: %3</source>
        <translation>工作表 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>sheet %1, row %2: invalid cell reference %3</source>
        <translation>工作表 %1，第 %2 行：无效的单元格引用 %3</translation>
    </message>
    <message>
        <source>sheet %1, row %2: more than %3 columns</source>
        <translation>工作表 %1，第 %2 行：超过 %3 列</translation>
    </message>
    <message>
        <source>%1: the workbook is corrupt: sheet %2 has no data part</source>
        <translation>%1：工作簿已损坏：工作表 %2 没有数据部件</translation>
    </message>
    <message>
        <source>%1 (sheet %2)</source>
        <translation>%1（工作表 %2）</translation>
    </message>
    <message>
        <source>%1: the shared string %2 does not exist</source>
        <translation>%1：共享字符串 %2 不存在</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet named %2; its sheets are: %3</source>
        <translation>%1：工作簿中没有名为 %2 的工作表；其工作表为：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: every sheet of the workbook is empty</source>
        <translation>%1：工作簿中的所有工作表都是空的</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>CRC error: the data is corrupt</source>
        <translation>CRC 错误：数据已损坏</translation>
    </message>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <source>the archive is truncated or corrupt</source>
        <translation>压缩包被截断或已损坏</translation>
    </message>
    <message>
        <source>the entry is encrypted (password-protected)</source>
        <translation>该条目已加密（设有密码）</translation>
    </message>
    <message>
        <source>the entry uses an unsupported compression method</source>
        <translation>该条目使用了不支持的压缩方式</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a zip archive</source>
        <translation>%1：文件为空，不是 ZIP 压缩包</translation>
    </message>
    <message>
        <source>%1: the zip archive is truncated (its end is missing)</source>
        <translation>%1：ZIP 压缩包被截断（缺少结尾部分）</translation>
    </message>
    <message>
        <source>%1: not a zip archive</source>
        <translation>%1：不是 ZIP 压缩包</translation>
    </message>
    <message>
        <source>%1: the zip archive is truncated or corrupt</source>
        <translation>%1：ZIP 压缩包被截断或已损坏</translation>
    </message>
    <message>
        <source>%1: split (multi-volume) zip archives are not supported</source>
        <translation>%1：不支持分卷 ZIP 压缩包</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1：无法读取文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot open the zip archive: %2</source>
        <translation>%1：无法打开 ZIP 压缩包：%2</translation>
    </message>
    <message>
        <source>%1: the archive has no entry %2</source>
        <translation>%1：压缩包中没有条目 %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 is encrypted (password-protected)</source>
        <translation>%1：%2 已加密（设有密码）</translation>
    </message>
    <message>
        <source>%1: %2 is too large (%3 bytes)</source>
        <translation>%1：%2 过大（%3 字节）</translation>
    </message>
    <message>
        <source>the entry is shorter or longer than recorded</source>
        <translation>条目的实际长度与记录的长度不符</translation>
    </message>
</context>
<context>
    <name>caseload::AccuracyPanel</name>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Too short a history for a backtest: at least 37 months are needed.</source>
        <translation>历史数据太短，无法回测：至少需要 37 个月。</translation>
    </message>
    <message numerus="yes">
        <source>Forecasts made from %n past months, each compared with what happened next.</source>
        <translation>
            <numerusform>以过去 %n 个月为预测起点分别预测，并与其后的实际值比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>The intervals shown were widened (80%: × %1, 95%: × %2) because the backtest covered less than claimed.</source>
        <translation>因回测中的覆盖率低于名义水平，所示区间已放宽（80%：× %1，95%：× %2）。</translation>
    </message>
    <message>
        <source>%1 · Actual %2, fitted %3, residual %4</source>
        <translation>%1 · 实际值 %2，拟合值 %3，残差 %4</translation>
    </message>
    <message>
        <source>Backtest accuracy by horizon: the chosen forecast beside seasonal naive</source>
        <translation>各提前月数的回测精度：所选预测与季节朴素法对比</translation>
    </message>
    <message>
        <source>s. naive</source>
        <translation>季节朴素</translation>
    </message>
    <message>
        <source>Months ahead</source>
        <translation>提前月数</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>预测起点数</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>sMAPE</source>
        <translation>sMAPE</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>80% cov.</source>
        <translation>80% 覆盖率</translation>
    </message>
    <message>
        <source>95% cov.</source>
        <translation>95% 覆盖率</translation>
    </message>
    <message>
        <source>Forecast horizon in months</source>
        <translation>预测提前的月数</translation>
    </message>
    <message>
        <source>Forecast origins that reached this horizon</source>
        <translation>能预测到此提前月数的预测起点数</translation>
    </message>
    <message>
        <source>Mean absolute scaled error of the chosen forecast (lower is better)</source>
        <translation>所选预测的平均绝对标度误差（越低越好）</translation>
    </message>
    <message>
        <source>Seasonal naive (same month last year) on the same origins</source>
        <translation>季节朴素法（取去年同月值）在相同预测起点上的结果</translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error of the chosen forecast</source>
        <translation>所选预测的对称平均绝对百分比误差</translation>
    </message>
    <message>
        <source>Seasonal naive on the same origins</source>
        <translation>季节朴素法在相同预测起点上的结果</translation>
    </message>
    <message>
        <source>Mean forecast − actual, in cases (positive: over-forecast)</source>
        <translation>预测值 − 实际值的平均数，单位为件（正数表示预测偏高）</translation>
    </message>
    <message>
        <source>Share of actuals inside the 80% interval, before any widening (nominal 80%)</source>
        <translation>实际值落在 80% 预测区间内的比例，未经放宽（名义水平 80%）</translation>
    </message>
    <message>
        <source>Share of actuals inside the 95% interval, before any widening (nominal 95%)</source>
        <translation>实际值落在 95% 预测区间内的比例，未经放宽（名义水平 95%）</translation>
    </message>
    <message>
        <source>Backtest accuracy by horizon</source>
        <translation>各提前月数的回测精度</translation>
    </message>
    <message>
        <source>Residuals of the chosen model (actual − fitted)</source>
        <translation>所选模型的残差（实际值 − 拟合值）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>Chart: residuals of the chosen model by month</source>
        <translation>图表：所选模型的逐月残差</translation>
    </message>
</context>
<context>
    <name>caseload::Analytics</name>
    <message>
        <source>unknown %1: &apos;%2&apos;</source>
        <translation>未知的%1：“%2”</translation>
    </message>
    <message>
        <source>unknown court: &apos;%1&apos;</source>
        <translation>未知的法院：“%1”</translation>
    </message>
    <message>
        <source>unknown court group: &apos;%1&apos;</source>
        <translation>未知的法院分组：“%1”</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>no first-enforcement cases with property closed or due in the period</source>
        <translation>本期间内没有已结案或审限届满的有财产可供执行首次执行案件</translation>
    </message>
    <message>
        <source>no 终本 closures in the period</source>
        <translation>本期间内没有以终本方式结案的案件</translation>
    </message>
    <message>
        <source>no cases pending or filed in the window</source>
        <translation>统计区间内没有未结案件或新立案件</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>统计期间的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>the data begin on %1; the %2-year window needs cases from %3 on</source>
        <translation>数据始于 %1；%2 年统计区间需要自 %3 起的案件数据</translation>
    </message>
    <message>
        <source>no petition figures entered for the period</source>
        <translation>本期间未录入执行信访数据</translation>
    </message>
    <message>
        <source>no petitions received in the period</source>
        <translation>本期间未收到执行信访</translation>
    </message>
    <message>
        <source>no court has a computable indicator</source>
        <translation>所有法院均无可计算的指标</translation>
    </message>
    <message>
        <source>the data has none of the columns of the checks in use (network inquiry, consumption restriction, applicant interview, dishonest-debtor list dates)</source>
        <translation>数据中没有所用检查项需要的任何列（网络查控、限制消费、约谈申请执行人、纳入失信名单日期）</translation>
    </message>
</context>
<context>
    <name>caseload::BacklogPanel</name>
    <message>
        <source>Pending at month end</source>
        <translation>月末未结</translation>
    </message>
    <message>
        <source>No backlog forecast.</source>
        <translation>没有未结案件预测。</translation>
    </message>
    <message>
        <source>The backlog is already below %1 (%2 now).</source>
        <translation>未结案件已低于 %1 件（目前为 %2 件）。</translation>
    </message>
    <message>
        <source>Below %1 by %2 with probability %3.</source>
        <translation>至 %2 降至 %1 件以下的概率为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Below %1 within %n months: less than an even chance.</source>
        <translation>
            <numerusform>%n 个月内降至 %1 件以下：概率不足五成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Probability of falling below %1 by %2 (month %3): %4.</source>
        <translation>至 %2（第 %3 个月）降至 %1 件以下的概率：%4。</translation>
    </message>
    <message numerus="yes">
        <source>Closures assume that each 1% more workload (pending at the previous month end + cases filed in the month) brings %1% more closures: elasticity %2 ± %3 (one standard error), with month effects and a trend, fitted on %n months.</source>
        <translation>
            <numerusform>结案数假定：工作量（上月末未结 + 本月立案）每增加 1%，结案数增加 %1%：弹性为 %2 ± %3（一个标准误），模型含月份效应和趋势，基于 %n 个月的数据拟合。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly noise: %1 on the log scale. Closing capacity ±y% scales closures at the same workload.</source>
        <translation>月度噪声：对数尺度上为 %1。结案能力 ±y% 按比例调整相同工作量下的结案数。</translation>
    </message>
    <message>
        <source>Median closures per forecast month: %1 – %2; median filings: %3 – %4.</source>
        <translation>各预测月结案数中位数：%1 – %2；立案数中位数：%3 – %4。</translation>
    </message>
    <message numerus="yes">
        <source>The fan is %n simulated paths; backlog forecasts fail mostly when this closure assumption does.</source>
        <translation>
            <numerusform>扇形图由 %n 条模拟路径构成；未结案件预测失准，多是因为上述结案假定不成立。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closure model coefficients on the log scale:</source>
        <translation>结案模型系数（对数尺度）：</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>情景模拟</translation>
    </message>
    <message>
        <source>&amp;Filings ±x%</source>
        <translation>立案数 ±x%(&amp;F)</translation>
    </message>
    <message>
        <source>Filings change in percent</source>
        <translation>立案数变化百分比</translation>
    </message>
    <message>
        <source>Cases filed each month, relative to the filings forecast (−50% to +50%)</source>
        <translation>每月立案数相对于立案预测的变化（−50% 至 +50%）</translation>
    </message>
    <message>
        <source>Closing &amp;capacity ±y%</source>
        <translation>结案能力 ±y%(&amp;C)</translation>
    </message>
    <message>
        <source>Closing capacity change in percent</source>
        <translation>结案能力变化百分比</translation>
    </message>
    <message>
        <source>Closures for the same workload, relative to the closure model (−50% to +50%)</source>
        <translation>相同工作量下的结案数相对于结案模型的变化（−50% 至 +50%）</translation>
    </message>
    <message>
        <source>Backlog &amp;below</source>
        <translation>未结案件低于(&amp;B)</translation>
    </message>
    <message>
        <source>Backlog level</source>
        <translation>未结案件目标水平</translation>
    </message>
    <message>
        <source>Closure model</source>
        <translation>结案模型</translation>
    </message>
    <message>
        <source>Probability of reaching the level</source>
        <translation>降至该水平的概率</translation>
    </message>
    <message>
        <source>Backlog: pending cases at month end, simulated</source>
        <translation>未结案件：月末未结案件数（模拟）</translation>
    </message>
    <message>
        <source>Chart: backlog fan</source>
        <translation>图表：未结案件扇形图</translation>
    </message>
</context>
<context>
    <name>caseload::CaseDetailDialog</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>The case is not in the store.</source>
        <translation>案件库中没有该案件。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
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
        <source>pending</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closure method</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>Days to closure</source>
        <translation>结案天数</translation>
    </message>
    <message>
        <source>Age at the as-of date</source>
        <translation>存案天数（截至日期）</translation>
    </message>
    <message>
        <source>Amount applied (yuan)</source>
        <translation>申请执行标的（元）</translation>
    </message>
    <message>
        <source>Amount recovered (yuan)</source>
        <translation>实际到位金额（元）</translation>
    </message>
    <message>
        <source>Deducted days</source>
        <translation>扣除审限天数</translation>
    </message>
    <message>
        <source>Extension days</source>
        <translation>延长审限天数</translation>
    </message>
    <message>
        <source>Property found</source>
        <translation>有无财产可供执行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Network inquiry</source>
        <translation>网络查控</translation>
    </message>
    <message>
        <source>Dishonest-debtor list</source>
        <translation>纳入失信名单</translation>
    </message>
    <message>
        <source>Consumption restriction</source>
        <translation>限制消费</translation>
    </message>
    <message>
        <source>Applicant interviewed</source>
        <translation>约谈申请执行人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限届满日</translation>
    </message>
    <message>
        <source>closed within the time limit</source>
        <translation>审限内结案</translation>
    </message>
    <message>
        <source>closed %1 late</source>
        <translation>超期 %1 结案</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>caseload::CaseListModel</name>
    <message>
        <source>Days from filing to closure, or to the as-of date while pending</source>
        <translation>立案至结案的天数；未结案件计至截至日期</translation>
    </message>
    <message>
        <source>Filing date + the time limit + extension + deducted days</source>
        <translation>立案日期 + 审限 + 延长审限 + 扣除审限天数</translation>
    </message>
    <message>
        <source>Days from the as-of date to the deadline (negative: overdue)</source>
        <translation>截至日期距期限届满日的天数（负数表示已超期）</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>单位：元</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
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
        <source>Closure method</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限届满日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Applied (yuan)</source>
        <translation>申请标的（元）</translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation>到位金额（元）</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Cannot read the case numbers from %1: %2</source>
        <translation>无法从 %1 读取案号：%2</translation>
    </message>
</context>
<context>
    <name>caseload::CaseNumberSearch</name>
    <message>
        <source>Cannot search the case numbers: %1</source>
        <translation>无法搜索案号：%1</translation>
    </message>
</context>
<context>
    <name>caseload::CaseTable</name>
    <message>
        <source>more than 65,535 courts: the case table cannot hold them</source>
        <translation>法院超过 65,535 个：案件表无法容纳</translation>
    </message>
    <message>
        <source>more than 65,535 causes: the case table cannot hold them</source>
        <translation>案由超过 65,535 种：案件表无法容纳</translation>
    </message>
    <message>
        <source>a filing date out of range (day %1)</source>
        <translation>立案日期超出范围（日序号 %1）</translation>
    </message>
    <message>
        <source>a case closed %1 days after its filing: the case table keeps 0 to 65,534 days</source>
        <translation>有案件在立案 %1 天后结案：案件表只能记录 0 到 65,534 天</translation>
    </message>
    <message>
        <source>a measure date out of range (day %1)</source>
        <translation>执行措施日期超出范围（日序号 %1）</translation>
    </message>
    <message>
        <source>cannot load the cases: %1</source>
        <translation>无法加载案件：%1</translation>
    </message>
    <message>
        <source>cannot load the cases: a case refers to a court, cause or handler that is not in the database</source>
        <translation>无法加载案件：有案件引用了数据库中不存在的法院、案由或承办人</translation>
    </message>
    <message>
        <source>a case without a filing date</source>
        <translation>有案件缺少立案日期</translation>
    </message>
    <message>
        <source>the COPY stream ended early</source>
        <translation>COPY 数据流提前结束</translation>
    </message>
</context>
<context>
    <name>caseload::CaseTableSnapshot</name>
    <message>
        <source>cannot read or write the case table&apos;s copy: %1</source>
        <translation>无法读写案件表的紧凑副本：%1</translation>
    </message>
</context>
<context>
    <name>caseload::CasesPage</name>
    <message>
        <source>1 case</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>The case is no longer in the store; reload the data.</source>
        <translation>该案件已不在案件库中，请重新加载数据。</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>未打开案件库。</translation>
    </message>
    <message>
        <source>All cases matching the filter</source>
        <translation>符合筛选条件的全部案件</translation>
    </message>
    <message>
        <source>Selecting cases…</source>
        <translation>正在筛选案件…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No cases loaded.</source>
        <translation>尚未加载案件。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>List every case matching the filter</source>
        <translation>列出符合筛选条件的全部案件</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>显示全部案件</translation>
    </message>
    <message>
        <source>Search case number</source>
        <translation>搜索案号</translation>
    </message>
    <message>
        <source>Cases whose number contains this text</source>
        <translation>案号包含此文本的案件</translation>
    </message>
    <message>
        <source>Double-click a case or press Enter for all its fields</source>
        <translation>双击案件或按 Enter 键查看其全部字段</translation>
    </message>
</context>
<context>
    <name>caseload::ChartExport</name>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: use a .png, .svg or .pdf file name.</source>
        <translation>无法将图表导出到 %1：请使用扩展名为 .png、.svg 或 .pdf 的文件名。</translation>
    </message>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation>无法将图表写入 %1：%2</translation>
    </message>
    <message>
        <source>the chart is not shown.</source>
        <translation>图表未显示。</translation>
    </message>
    <message>
        <source>the chart has no size.</source>
        <translation>图表尺寸为零。</translation>
    </message>
    <message>
        <source>the image could not be encoded.</source>
        <translation>无法对图像进行编码。</translation>
    </message>
    <message>
        <source>Chart exported from Caseload</source>
        <translation>由 Caseload 导出的图表</translation>
    </message>
    <message>
        <source>the drawing could not be started.</source>
        <translation>无法开始生成矢量图。</translation>
    </message>
    <message>
        <source>the document could not be started.</source>
        <translation>无法开始生成文档。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>caseload::ChartExportAction</name>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, an SVG drawing or a PDF document</source>
        <translation>将图表保存为 PNG 图像、SVG 矢量图或 PDF 文档</translation>
    </message>
</context>
<context>
    <name>caseload::CoefficientText</name>
    <message>
        <source>dropped (collinear or no data)</source>
        <translation>未计入（共线或无数据）</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数尺度）</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>每年 %1</translation>
    </message>
</context>
<context>
    <name>caseload::ConnectionDialog</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>配置(&amp;R)：</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Choose a saved connection, or type a name and press Save to keep the fields below (never the password) under it</source>
        <translation>选择已保存的连接，或输入名称后按“保存”，以该名称保存下面各项（密码除外）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>db.court.example or 10.0.0.5</source>
        <translation>db.court.example 或 10.0.0.5</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS：</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <source>Disable (no encryption)</source>
        <translation>禁用（不加密）</translation>
    </message>
    <message>
        <source>Prefer (encrypt when the server offers it)</source>
        <translation>优先（服务器支持时加密）</translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation>必需（始终加密）</translation>
    </message>
    <message>
        <source>Verify full (encrypt and check the server&apos;s certificate)</source>
        <translation>完全验证（加密并校验服务器证书）</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>测试连接(&amp;E)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;member the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;M)</translation>
    </message>
    <message>
        <source>The password is kept by the system keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), never in Caseload&apos;s settings. Untick to forget a remembered password.</source>
        <translation>密码由系统钥匙串（Secret Service、KWallet、macOS 钥匙串或 Windows 凭据管理器）保管，绝不写入 Caseload 的设置。取消勾选即忘记已记住的密码。</translation>
    </message>
    <message>
        <source>Re&amp;member the password in libpq&apos;s password file</source>
        <translation>在 libpq 密码文件中记住密码(&amp;M)</translation>
    </message>
    <message>
        <source>No system keychain can be used here, so a remembered password is written to libpq&apos;s password file %1 (one line per server: host:port:database:user:password), which only you may read and which psql and other PostgreSQL tools use as well. Caseload&apos;s settings never hold a password.</source>
        <translation>此处无法使用系统钥匙串，因此记住的密码将写入 libpq 的密码文件 %1（每台服务器一行：主机:端口:数据库:用户:密码），该文件只有您本人可读，psql 等 PostgreSQL 工具也会使用它。Caseload 的设置中从不保存密码。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>没有可用的系统钥匙串（%1）。</translation>
    </message>
    <message>
        <source>Passwords are remembered in libpq&apos;s password file %1 instead.</source>
        <translation>改为在 libpq 的密码文件 %1 中记住密码。</translation>
    </message>
    <message>
        <source>It already holds a password for this server.</source>
        <translation>其中已有此服务器的密码。</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>留空：使用 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>Type a name for the profile first.</source>
        <translation>请先输入配置名称。</translation>
    </message>
    <message>
        <source>Saved the profile “%1” (without the password).</source>
        <translation>已保存配置“%1”（不含密码）。</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”.</source>
        <translation>已删除配置“%1”。</translation>
    </message>
    <message>
        <source>(host and database needed)</source>
        <translation>（需要主机和数据库）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected: %1 cases.</source>
        <translation>已连接：%1 件案件。</translation>
    </message>
    <message>
        <source>This role may only read: %1</source>
        <translation>此角色只能读取：%1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database.</source>
        <translation>请输入服务器主机和数据库。</translation>
    </message>
    <message>
        <source>Connected. The database has no Caseload tables yet: connecting creates them.</source>
        <translation>已连接。该数据库中还没有 Caseload 的数据表：连接时将创建。</translation>
    </message>
    <message>
        <source>Connected. The database has Caseload&apos;s schema version %1: connecting upgrades it to version %2 (which needs the role that owns the tables).</source>
        <translation>已连接。该数据库的 Caseload 结构版本为 %1：连接时将升级到版本 %2（需要拥有这些数据表的角色）。</translation>
    </message>
</context>
<context>
    <name>caseload::ConnectionLostBar</name>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>正在重新连接 %1…</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>无法连接 %1。</translation>
    </message>
    <message>
        <source>Lost the connection to %1.</source>
        <translation>与 %1 的连接已断开。</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>重新连接服务器</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>连接设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the connection settings</source>
        <translation>更改连接设置</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
</context>
<context>
    <name>caseload::CourtComparisonModel</name>
    <message>
        <source>Not computable.</source>
        <translation>无法计算。</translation>
    </message>
    <message>
        <source>%1 of %2; target ≥ %3</source>
        <translation>%2 件中 %1 件；目标 ≥ %3</translation>
    </message>
    <message>
        <source>network inquiry</source>
        <translation>网络查控</translation>
    </message>
    <message>
        <source>consumption restriction</source>
        <translation>限制消费</translation>
    </message>
    <message>
        <source>applicant interview</source>
        <translation>约谈申请执行人</translation>
    </message>
    <message>
        <source>dishonest-debtor list</source>
        <translation>纳入失信名单</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>核查项：%1</translation>
    </message>
    <message>
        <source>No cases were filed in the period.</source>
        <translation>本期间无立案案件。</translation>
    </message>
    <message>
        <source>No case closed in the period has both the amount applied for and the amount recovered.</source>
        <translation>本期间结案的案件中，没有同时具有申请执行标的额和实际到位金额的案件。</translation>
    </message>
    <message>
        <source>No cases were closed in the period.</source>
        <translation>本期间无结案案件。</translation>
    </message>
    <message>
        <source>Court code: %1</source>
        <translation>法院代字：%1</translation>
    </message>
    <message>
        <source>No indicator is computable for this court.</source>
        <translation>该法院没有可计算的指标。</translation>
    </message>
    <message>
        <source>%1 of the %2 computable indicators met</source>
        <translation>%2 项可计算指标中已达标 %1 项</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>中院辖区</translation>
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
        <source>Pending at end</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <source>Clearance rate</source>
        <translation>结收比</translation>
    </message>
    <message>
        <source>Disposition time (days)</source>
        <translation>处置时间（天）</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>结案天数中位数</translation>
    </message>
    <message>
        <source>Closed within limit</source>
        <translation>审限内结案率</translation>
    </message>
    <message>
        <source>Recovery ratio</source>
        <translation>执行到位率</translation>
    </message>
    <message>
        <source>1. Actual closure</source>
        <translation>1. 实际执结率</translation>
    </message>
    <message>
        <source>2. Termination quality</source>
        <translation>2. 终本合格率</translation>
    </message>
    <message>
        <source>3. Petitions resolved</source>
        <translation>3. 信访办结率</translation>
    </message>
    <message>
        <source>4. Overall closure</source>
        <translation>4. 整体执结率</translation>
    </message>
    <message>
        <source>Indicators met</source>
        <translation>达标指标数</translation>
    </message>
    <message>
        <source>Meets standard</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Position among these courts: more indicators met first, then higher clearance rate, then name.</source>
        <translation>在所列法院中的名次：先按达标指标数（多者在前），再按结收比（高者在前），最后按名称排序。</translation>
    </message>
    <message>
        <source>The court; its code is in the cell&apos;s tooltip.</source>
        <translation>法院；法院代字见单元格的提示信息。</translation>
    </message>
    <message>
        <source>The intermediate-court group the court belongs to.</source>
        <translation>法院所属的中院辖区。</translation>
    </message>
    <message>
        <source>Cases filed in the period.</source>
        <translation>本期间立案的案件数。</translation>
    </message>
    <message>
        <source>Cases closed in the period, by any method.</source>
        <translation>本期间以任何方式结案的案件数。</translation>
    </message>
    <message>
        <source>Cases filed on or before the period&apos;s last day and not closed by then.</source>
        <translation>在统计期间最后一天或之前立案、且截至当日尚未结案的案件数。</translation>
    </message>
    <message>
        <source>Cases closed ÷ cases filed in the period; at 100% or more the backlog does not grow.</source>
        <translation>本期间结案数 ÷ 立案数；达到 100% 及以上时，未结案件不会增加。</translation>
    </message>
    <message>
        <source>Days the cases pending at the end would take to clear at the period&apos;s pace: days in the period × pending at end ÷ closed (CEPEJ).</source>
        <translation>按本期间的结案速度，清结期末未结案件所需的天数：期间天数 × 期末未结数 ÷ 结案数（CEPEJ）。</translation>
    </message>
    <message>
        <source>Median days from filing to closure of the cases closed in the period.</source>
        <translation>本期间结案案件从立案到结案天数的中位数。</translation>
    </message>
    <message>
        <source>Share of the cases closed in the period that closed by their deadline: filing + %1 months + extension + deducted days.</source>
        <translation>本期间结案案件中在审限内结案的比例；审限届满日 = 立案日期 + %1 个月 + 延长审限 + 扣除审限天数。</translation>
    </message>
    <message>
        <source>Amount recovered ÷ amount applied for, over the cases closed in the period with both amounts.</source>
        <translation>实际到位金额 ÷ 申请执行标的额，按本期间结案且两项金额齐全的案件计算。</translation>
    </message>
    <message>
        <source>Indicator 1: cases with property closed as performed by their deadline, out of those due or closed in the period; target ≥ %1.</source>
        <translation>指标 1：有财产可供执行案件中在审限内执行完毕的比例，分母为本期间审限届满或结案的此类案件；目标 ≥ %1。</translation>
    </message>
    <message>
        <source>Indicator 2: procedural closures (终本) passing the checks the data supports, out of those checked; target ≥ %1.</source>
        <translation>指标 2：终本结案案件中通过数据所支持各项核查的比例，分母为已核查的终本案件；目标 ≥ %1。</translation>
    </message>
    <message>
        <source>Indicator 3: execution petitions resolved, from the figures entered for the court; target ≥ %1.</source>
        <translation>指标 3：执行信访办结率，依据为该法院录入的信访数据；目标 ≥ %1。</translation>
    </message>
    <message numerus="yes">
        <source>Indicator 4: closures ÷ (pending at start + filed) over the %n-year window ending with the period; target ≥ %1.</source>
        <translation>
            <numerusform>指标 4：截至本期间的 %n 年统计区间内，结案数 ÷（期初未结 + 立案数）；目标 ≥ %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators 1-4 met, out of those computable for the court.</source>
        <translation>该法院可计算的指标 1-4 中已达标的项数。</translation>
    </message>
    <message>
        <source>Whether the court meets every computable indicator (at least one must be computable); indicator 5 is the share of courts that do.</source>
        <translation>该法院是否达到全部可计算的指标（至少须有一项可计算）；指标 5 即达标法院所占比例。</translation>
    </message>
</context>
<context>
    <name>caseload::CourtGroupsEditor</name>
    <message>
        <source>Group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>A court group needs a name.</source>
        <translation>法院分组须有名称。</translation>
    </message>
    <message>
        <source>There is already a court group named %1.</source>
        <translation>已有名为 %1 的法院分组。</translation>
    </message>
    <message>
        <source>There is no court group named %1.</source>
        <translation>没有名为 %1 的法院分组。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Court groups</source>
        <translation>法院分组</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a court group</source>
        <translation>添加法院分组</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the selected group (or double-click it)</source>
        <translation>重命名所选分组（或双击该分组）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected group</source>
        <translation>删除所选分组</translation>
    </message>
    <message>
        <source>C&amp;ourts in the selected group:</source>
        <translation>所选分组中的法院(&amp;O)：</translation>
    </message>
    <message>
        <source>Search courts</source>
        <translation>搜索法院</translation>
    </message>
    <message>
        <source>Courts in the selected group</source>
        <translation>所选分组中的法院</translation>
    </message>
</context>
<context>
    <name>caseload::CourtPicker</name>
    <message>
        <source>Search courts by name or code</source>
        <translation>按名称或代字搜索法院</translation>
    </message>
    <message>
        <source>Search courts</source>
        <translation>搜索法院</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Check courts or groups; Space toggles the current one</source>
        <translation>勾选法院或分组；按空格键可切换当前项</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>No court matches</source>
        <translation>没有匹配的法院</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Other courts</source>
        <translation>其他法院</translation>
    </message>
</context>
<context>
    <name>caseload::CourtRankingChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>caseload::CourtsPage</name>
    <message>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Filed in the period, %1</source>
        <translation>本期间立案：%1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>No cases loaded.</source>
        <translation>尚未加载案件。</translation>
    </message>
    <message>
        <source>No court has a value for %1.</source>
        <translation>所有法院均无“%1”的数值。</translation>
    </message>
    <message>
        <source>Courts by %1</source>
        <translation>各法院%1</translation>
    </message>
    <message>
        <source>Not computable: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>%1 of %2 courts meet the standard; target %3</source>
        <translation>%2 个法院中 %1 个达标；目标 %3</translation>
    </message>
    <message>
        <source>Selected courts: %1 of %2 (%3)</source>
        <translation>所选法院：%2 个中 %1 个达标（%3）</translation>
    </message>
    <message>
        <source>No court filter: the other pages count every court.</source>
        <translation>未筛选法院：其他页面统计全部法院。</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另 %1 个</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>Court filter: %1</source>
        <translation>法院筛选：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Courts meeting the standard</source>
        <translation>达标法院比例</translation>
    </message>
    <message>
        <source>Select courts (Ctrl or Shift for several) to show only them on every page. Double-click a court or click its bar to list its cases filed in the period.</source>
        <translation>选择法院（按住 Ctrl 或 Shift 可多选）后，各页面只显示所选法院。双击法院或点击其条形，可列出该法院本期间立案的案件。</translation>
    </message>
    <message>
        <source>Clear court filter</source>
        <translation>清除法院筛选</translation>
    </message>
    <message>
        <source>Show every court on every page</source>
        <translation>在各页面显示全部法院</translation>
    </message>
    <message>
        <source>Courts compared</source>
        <translation>法院对比</translation>
    </message>
    <message>
        <source>Court ranking</source>
        <translation>法院排名</translation>
    </message>
</context>
<context>
    <name>caseload::DashboardView</name>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>caseload::DurationsPage</name>
    <message>
        <source>Durations</source>
        <translation>执行周期</translation>
    </message>
    <message>
        <source>Time limit: %1 days</source>
        <translation>审限：%1 天</translation>
    </message>
    <message>
        <source>Pending cases past their deadline on %1</source>
        <translation>截至 %1 已超期的未结案件</translation>
    </message>
    <message>
        <source>Pending cases reaching their deadline within 30 days of %1</source>
        <translation>自 %1 起 30 天内期限届满的未结案件</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 天及以上</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>Closed after %1: %2 cases (%3)</source>
        <translation>立案后 %1 结案：%2 件（%3）</translation>
    </message>
    <message>
        <source>Median time to closure: %1 days</source>
        <translation>结案用时中位数：%1 天</translation>
    </message>
    <message>
        <source>%1% confidence interval: %2–%3 days</source>
        <translation>%1% 置信区间：%2–%3 天</translation>
    </message>
    <message>
        <source>%1% confidence interval: from %2 days</source>
        <translation>%1% 置信区间：不低于 %2 天</translation>
    </message>
    <message>
        <source>Day 0: 100% still open</source>
        <translation>第 0 天：100% 未结</translation>
    </message>
    <message>
        <source>Day %1: %2 still open (%3% band %4–%5)
%6 open before the day, %7 closed on it, %8 censored</source>
        <translation>第 %1 天：%2 未结（%3% 置信带 %4–%5）
当日前未结 %6 件，当日结案 %7 件，删失 %8 件</translation>
    </message>
    <message>
        <source>Pending %1 days: %2 cases (%3)</source>
        <translation>未结 %1 天：%2 件（%3）</translation>
    </message>
    <message>
        <source>Days from filing to closure</source>
        <translation>立案至结案天数</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>已结案件</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Share still open by days since filing</source>
        <translation>未结比例（按立案后天数）</translation>
    </message>
    <message>
        <source>Kaplan–Meier</source>
        <translation>生存曲线（Kaplan–Meier）</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>95% 置信带</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>审限</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Days since filing</source>
        <translation>立案后天数</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结比例</translation>
    </message>
    <message>
        <source>Age of the pending caseload</source>
        <translation>未结案件存案天数分布</translation>
    </message>
    <message>
        <source>Pending cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Days pending</source>
        <translation>存案天数</translation>
    </message>
    <message>
        <source>Chart: days from filing to closure</source>
        <translation>图表：立案至结案天数</translation>
    </message>
    <message>
        <source>Chart: share of cases still open by days since filing</source>
        <translation>图表：按立案后天数统计的未结案件比例</translation>
    </message>
    <message>
        <source>Chart: age of the pending caseload</source>
        <translation>图表：未结案件存案天数分布</translation>
    </message>
    <message>
        <source>Open in Cases</source>
        <translation>在案件列表中查看</translation>
    </message>
    <message>
        <source>Open the overdue cases on the Cases page</source>
        <translation>在案件列表页查看超期案件</translation>
    </message>
    <message>
        <source>Overdue pending cases</source>
        <translation>超期未结案件</translation>
    </message>
    <message>
        <source>Open the cases due within 30 days on the Cases page</source>
        <translation>在案件列表页查看 30 天内期限届满的案件</translation>
    </message>
    <message>
        <source>Pending cases due within 30 days</source>
        <translation>30 天内期限届满的未结案件</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>超期：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Due within 30 days: %1</source>
        <translation>30 天内到期：%1</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>%1% band</source>
        <translation>%1% 置信带</translation>
    </message>
    <message>
        <source>Median: %1 days</source>
        <translation>中位数：%1 天</translation>
    </message>
    <message>
        <source>Time limit (%1 days)</source>
        <translation>审限（%1 天）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation>本期间没有案件</translation>
    </message>
    <message>
        <source>%1 cases closed; median %2 days.</source>
        <translation>已结案 %1 件；中位数 %2 天。</translation>
    </message>
    <message>
        <source>%1 cases closed.</source>
        <translation>已结案 %1 件。</translation>
    </message>
    <message>
        <source>%1 cases; median time to closure %2 days.</source>
        <translation>共 %1 件；结案用时中位数 %2 天。</translation>
    </message>
    <message>
        <source>%1 cases; more than half still open.</source>
        <translation>共 %1 件；过半数尚未结案。</translation>
    </message>
    <message>
        <source>%1 cases pending.</source>
        <translation>未结 %1 件。</translation>
    </message>
</context>
<context>
    <name>caseload::FilterBar</name>
    <message>
        <source>Type not given</source>
        <translation>类型未填写</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Courts:</source>
        <translation>法院(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;ypes:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>Date for the age of the pending caseload and the survival curve; unchecked: the period&apos;s end</source>
        <translation>计算未结案件存案天数和生存曲线所用的日期；不勾选时为统计期间的最后一天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Own as-of date</source>
        <translation>自定截至日期</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month in the filter bar (QLocale format)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Relative to the latest data: %1</source>
        <translation>相对于最新数据：%1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month (QLocale format)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>All courts</source>
        <translation>全部法院</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n 个分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courts</source>
        <translation>
            <numerusform>%n 个法院</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n types</source>
        <translation>
            <numerusform>%n 种类型</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::Forecast</name>
    <message>
        <source>intercept</source>
        <translation>截距</translation>
    </message>
    <message>
        <source>trend (per month)</source>
        <translation>趋势（每月）</translation>
    </message>
    <message>
        <source>December (year-end)</source>
        <translation>12月（年末）</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>level shift from %1</source>
        <translation>自%1起水平变化</translation>
    </message>
    <message>
        <source>trend change from %1</source>
        <translation>自%1起趋势变化</translation>
    </message>
    <message>
        <source>Negative or missing values were read as 0.</source>
        <translation>负值或缺失值按 0 处理。</translation>
    </message>
    <message>
        <source>The series is empty: the forecast is 0.</source>
        <translation>序列为空：预测值为 0。</translation>
    </message>
    <message>
        <source>Fewer than 24 months: month and Spring Festival effects are left out.</source>
        <translation>不足 24 个月：未计入月份效应和春节效应。</translation>
    </message>
    <message>
        <source>The model fits the series exactly: the intervals have zero width.</source>
        <translation>模型与序列完全吻合：区间宽度为零。</translation>
    </message>
    <message>
        <source>Too few months to estimate the spread: the intervals have zero width.</source>
        <translation>月份太少，无法估计离散程度：区间宽度为零。</translation>
    </message>
    <message>
        <source>Unusual months (check the data or add a level shift): %1.</source>
        <translation>异常月份（请核对数据或添加水平变化）：%1。</translation>
    </message>
    <message>
        <source>Left out as collinear or constant: %1.</source>
        <translation>因共线或为常数而未计入：%1。</translation>
    </message>
    <message>
        <source>Less than a year of data: the last value is repeated.</source>
        <translation>数据不足一年：沿用最后一个值。</translation>
    </message>
    <message>
        <source>Too few months for a backtest: %1 needed, %2 available.</source>
        <translation>月份太少，无法回测：需要 %1 个月，现有 %2 个月。</translation>
    </message>
    <message>
        <source>Every month is 0: the forecast is 0.</source>
        <translation>每个月均为 0：预测值为 0。</translation>
    </message>
    <message>
        <source>The count model could not be fitted: the forecast is the mean of the series.</source>
        <translation>计数模型无法拟合：预测值取序列均值。</translation>
    </message>
    <message>
        <source>The counts vary no more than a Poisson model allows: fitted as Poisson.</source>
        <translation>计数的离散程度未超出泊松模型的范围：按泊松回归拟合。</translation>
    </message>
    <message>
        <source>The count model did not converge in %1 iterations: its estimates are approximate.</source>
        <translation>计数模型在 %1 次迭代内未收敛：估计值为近似值。</translation>
    </message>
    <message>
        <source>Every month has the same count: the intervals show only count noise.</source>
        <translation>每个月的计数相同：区间只反映计数噪声。</translation>
    </message>
    <message>
        <source>Effects fitted to months that are all 0 (held fixed in the intervals): %1.</source>
        <translation>所涉月份全为 0 的效应（在区间中保持固定）：%1。</translation>
    </message>
    <message>
        <source>All months are 0: the forecast is 0.</source>
        <translation>所有月份均为 0：预测值为 0。</translation>
    </message>
    <message>
        <source>The series is constant: the forecast repeats it.</source>
        <translation>序列为常数：预测值沿用该常数。</translation>
    </message>
    <message>
        <source>Less than %1 months: the series is not seasonally adjusted.</source>
        <translation>不足 %1 个月：序列未作季节调整。</translation>
    </message>
    <message>
        <source>Months without cases: the seasonal indices are additive.</source>
        <translation>存在无案件的月份：季节指数采用加法形式。</translation>
    </message>
    <message>
        <source>Less than %1 months: simple exponential smoothing instead of a damped trend.</source>
        <translation>不足 %1 个月：采用简单指数平滑，而非阻尼趋势。</translation>
    </message>
    <message>
        <source>with trend</source>
        <translation>含趋势</translation>
    </message>
    <message>
        <source>no trend</source>
        <translation>无趋势</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>季节朴素法</translation>
    </message>
    <message>
        <source>Naive (last value)</source>
        <translation>朴素法（沿用最后一个值）</translation>
    </message>
    <message>
        <source>Only %1 months of history: with fewer than 24, only the seasonal naive forecast is used.</source>
        <translation>历史数据只有 %1 个月：不足 24 个月时，只采用季节朴素法预测。</translation>
    </message>
    <message>
        <source>Log-linear regression, %1</source>
        <translation>对数线性回归（%1）</translation>
    </message>
    <message>
        <source>Poisson regression, %1</source>
        <translation>泊松回归（%1）</translation>
    </message>
    <message>
        <source>Negative-binomial regression, %1</source>
        <translation>负二项回归（%1）</translation>
    </message>
    <message>
        <source>Theta method</source>
        <translation>Theta法</translation>
    </message>
    <message>
        <source>Damped trend</source>
        <translation>阻尼趋势</translation>
    </message>
    <message>
        <source>Mean of %1 and %2</source>
        <translation>%1与%2的均值</translation>
    </message>
    <message>
        <source>Lowest mean MASE over %1 backtest origins (h = 1..12): %2; seasonal naive %3. Within each family the model with the lowest AICc was taken.</source>
        <translation>在 %1 个回测预测起点上（h = 1..12）平均 MASE 最低：%2；季节朴素法为 %3。各模型族内选取 AICc 最低的模型。</translation>
    </message>
    <message>
        <source>The 80% interval covered %1% of the backtest: widened ×%2.</source>
        <translation>80% 预测区间在回测中的覆盖率为 %1%：已放宽 ×%2。</translation>
    </message>
    <message>
        <source>The 95% interval covered %1% of the backtest: widened ×%2.</source>
        <translation>95% 预测区间在回测中的覆盖率为 %1%：已放宽 ×%2。</translation>
    </message>
    <message>
        <source>Only %1 months of history: too few for a backtest (%2 needed), so the regression and Theta forecasts are averaged unchecked.</source>
        <translation>历史数据只有 %1 个月，不足以回测（需要 %2 个月），因此未经检验直接取回归预测与 Theta法预测的均值。</translation>
    </message>
    <message>
        <source>The forecast implied a change ×%1 against the last 12 months; it is capped at ×%2 (unlock the trend in the forecast settings to allow it).</source>
        <translation>预测值相对于近 12 个月的变化为 ×%1，已限制在 ×%2（如需允许，请在预测设置中解除趋势限制）。</translation>
    </message>
    <message>
        <source>Fewer than %1 months of history: closures are taken as the recent share of the workload.</source>
        <translation>历史数据不足 %1 个月：结案数按近期结案数占工作量的比例计算。</translation>
    </message>
    <message>
        <source>log workload (pending + filed)</source>
        <translation>对数工作量（未结 + 立案）</translation>
    </message>
    <message>
        <source>The workload did not vary enough to estimate its effect on closures.</source>
        <translation>工作量变化太小，无法估计其对结案数的影响。</translation>
    </message>
    <message>
        <source>case-registration reform</source>
        <translation>立案登记制改革</translation>
    </message>
    <message>
        <source>Forecast settings: %1</source>
        <translation>预测设置：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>break %1: unknown kind “%2”</source>
        <translation>结构变化 %1：未知类型“%2”</translation>
    </message>
    <message>
        <source>break %1: “%2” is not a month (YYYY-MM)</source>
        <translation>结构变化 %1：“%2”不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>%1, line %2, field “%3”: %4</source>
        <translation>%1，第 %2 行，字段“%3”：%4</translation>
    </message>
    <message>
        <source>%1 is left out: the data end on %2, before the month is complete.</source>
        <translation>%1 未计入：数据截至 %2，该月尚不完整。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the header must be “month,value”</source>
        <translation>表头必须为“month,value”</translation>
    </message>
    <message>
        <source>expected 2 fields, found %1</source>
        <translation>应有 2 个字段，实有 %1 个</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>“%1”不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>%1 is not after %2: months must ascend</source>
        <translation>%1 不晚于 %2：月份必须递增</translation>
    </message>
    <message>
        <source>months missing between %1 and %2: write 0 for a month without cases</source>
        <translation>%1 与 %2 之间缺少月份：无案件的月份请填 0</translation>
    </message>
    <message>
        <source>“%1” is not a number of 0 or more</source>
        <translation>“%1”不是不小于 0 的数值</translation>
    </message>
    <message>
        <source>the file is empty; the header must be “month,value”</source>
        <translation>文件为空；表头必须为“month,value”</translation>
    </message>
    <message>
        <source>The second-best model (%1, MASE %2) misses by more than half as much again as the best (%3): the best is used alone instead of the mean of the two.</source>
        <translation>次优模型（%1，MASE %2）的误差比最优模型（%3）高出一半以上：因此单独使用最优模型，而不取两者的均值。</translation>
    </message>
    <message>
        <source>the saved forecast settings cannot be used (%1): the defaults are used instead</source>
        <translation>无法使用已保存的预测设置（%1）：改用默认设置</translation>
    </message>
</context>
<context>
    <name>caseload::ForecastChart</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>目标水平：%1</translation>
    </message>
    <message>
        <source>%1 · Forecast: %2
80% interval: %3 – %4
95% interval: %5 – %6</source>
        <translation>%1 · 预测值：%2
80% 预测区间：%3 – %4
95% 预测区间：%5 – %6</translation>
    </message>
    <message>
        <source>Middle half of paths: %1 – %2</source>
        <translation>中间一半路径：%1 – %2</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80% 预测区间</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 预测区间</translation>
    </message>
    <message>
        <source>Middle half of paths</source>
        <translation>中间一半路径</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>目标水平</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>%1 · Median of simulated paths: %2
80% interval: %3 – %4
95% interval: %5 – %6</source>
        <translation>%1 · 模拟路径中位数：%2
80% 预测区间：%3 – %4
95% 预测区间：%5 – %6</translation>
    </message>
    <message>
        <source>Median of simulated paths</source>
        <translation>模拟路径中位数</translation>
    </message>
</context>
<context>
    <name>caseload::ForecastController</name>
    <message>
        <source>No complete month of data to forecast from.</source>
        <translation>没有完整月份的数据可用于预测。</translation>
    </message>
    <message>
        <source>No data loaded.</source>
        <translation>尚未加载数据。</translation>
    </message>
    <message>
        <source>No store is open: the change holds until Caseload closes.</source>
        <translation>未打开案件库：更改只在 Caseload 关闭前有效。</translation>
    </message>
</context>
<context>
    <name>caseload::ForecastPage</name>
    <message>
        <source>Saved in the database.</source>
        <translation>已保存到数据库。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Cases pending at month end: history and simulated 12 months</source>
        <translation>月末未结案件数：历史数据与未来 12 个月模拟</translation>
    </message>
    <message>
        <source>Cases closed per month: history and 12-month forecast</source>
        <translation>每月结案数：历史数据与未来 12 个月预测</translation>
    </message>
    <message>
        <source>Cases filed per month: history and 12-month forecast</source>
        <translation>每月立案数：历史数据与未来 12 个月预测</translation>
    </message>
    <message>
        <source>Backlog: stock–flow simulation on the filings forecast of %1</source>
        <translation>未结案件：存量—流量模拟，立案预测采用%1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>选择理由：%1</translation>
    </message>
    <message>
        <source>Closures follow the closure model of the Backlog tab; the Models and Accuracy tabs describe the filings model.</source>
        <translation>结案数采用“未结案件情景模拟”标签页中的结案模型；“模型”和“精度”标签页说明的是立案预测模型。</translation>
    </message>
    <message>
        <source>Forecast messages</source>
        <translation>预测提示信息</translation>
    </message>
    <message>
        <source>Forecasting %1…</source>
        <translation>正在预测：%1…</translation>
    </message>
    <message>
        <source>Cancelled: the forecast shown is the previous one.</source>
        <translation>已取消：当前显示的是上一次的预测。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>History: %n months, %1 to %2; forecast to %3</source>
        <translation>
            <numerusform>历史数据：%n 个月，%1 至 %2；预测至 %3</numerusform>
        </translation>
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
        <source>Pending at month end</source>
        <translation>月末未结</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>序列(&amp;S)：</translation>
    </message>
    <message>
        <source>Pending backlog</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Series to forecast</source>
        <translation>要预测的序列</translation>
    </message>
    <message>
        <source>Forecast the cases filed, the cases closed or the backlog, for the filter above</source>
        <translation>按上方筛选条件，预测立案数、结案数或未结案件数</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running forecast</source>
        <translation>停止正在进行的预测</translation>
    </message>
    <message>
        <source>Cancel the forecast</source>
        <translation>取消预测</translation>
    </message>
    <message>
        <source>Forecasting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Backlog what-if</source>
        <translation>未结案件情景模拟</translation>
    </message>
    <message>
        <source>Level shifts</source>
        <translation>水平变化</translation>
    </message>
    <message>
        <source>The history, the forecast and its 80% and 95% intervals</source>
        <translation>历史数据、预测值及其 80% 和 95% 预测区间</translation>
    </message>
    <message>
        <source>Every model considered, and the coefficients in plain words</source>
        <translation>参与比较的全部模型，以及系数的通俗解读</translation>
    </message>
    <message>
        <source>How the forecast did on past data, beside seasonal naive</source>
        <translation>预测在历史数据上的表现，并与季节朴素法对比</translation>
    </message>
    <message>
        <source>The simulated backlog, with what-if sliders</source>
        <translation>模拟的未结案件，附情景模拟滑块</translation>
    </message>
    <message>
        <source>Known breaks in the series and the model options</source>
        <translation>序列中已知的结构变化及模型选项</translation>
    </message>
    <message>
        <source>Chart: history and forecast with 80% and 95% intervals</source>
        <translation>图表：历史数据与预测值，含 80% 和 95% 预测区间</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>所选模型</translation>
    </message>
    <message>
        <source>Why this model</source>
        <translation>选择此模型的理由</translation>
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
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
</context>
<context>
    <name>caseload::ImportHistoryModel</name>
    <message>
        <source>read %1 = accepted %2 + rejected %3; accepted %2 = inserted %4 + updated %5 + unchanged %6</source>
        <translation>读取 %1 = 导入 %2 + 未导入 %3；导入 %2 = 新增 %4 + 更新 %5 + 无变化 %6</translation>
    </message>
    <message>
        <source>✓ %1 = %2 + %3</source>
        <translation>✓ %1 = %2 + %3</translation>
    </message>
    <message>
        <source>✗ %1 ≠ %2 + %3</source>
        <translation>✗ %1 ≠ %2 + %3</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1（UTC %2）</translation>
    </message>
    <message>
        <source>No reject report</source>
        <translation>无未导入行报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>未导入行报告</translation>
    </message>
    <message>
        <source> + older %1 (the database holds a newer state of these cases: not applied)</source>
        <translation> + 较旧 %1 件（数据库中这些案件的状态更新：未应用）</translation>
    </message>
    <message>
        <source>Whether the counts add up: read = accepted + rejected, and accepted = inserted + updated + unchanged + older (rows of cases the database holds in a newer state, not applied)</source>
        <translation>各计数是否相符：读取 = 导入 + 未导入，且导入 = 新增 + 更新 + 无变化 + 较旧（数据库中已有更新状态的案件行，未应用）</translation>
    </message>
</context>
<context>
    <name>caseload::ImportOptionsMenu</name>
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
</context>
<context>
    <name>caseload::ImportPermission</name>
    <message>
        <source>Import disabled: %1</source>
        <translation>导入已禁用：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Read only: import disabled</source>
        <translation>只读：导入已禁用</translation>
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
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
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
    <message>
        <source>Workbook (%1), sheet %2; header row on row %3</source>
        <translation>工作簿（%1），工作表 %2；表头位于第 %3 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Older than the database: %1 (the database holds a newer state of these cases, by their latest date: not applied)</source>
        <translation>比数据库中的旧：%1 件（按最近日期，数据库中这些案件的状态更新：未应用）</translation>
    </message>
</context>
<context>
    <name>caseload::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>The reject report %1 no longer exists</source>
        <translation>未导入行报告 %1 已不存在</translation>
    </message>
    <message>
        <source>This import wrote no reject report</source>
        <translation>本次导入未生成未导入行报告</translation>
    </message>
    <message>
        <source>Select an import to open its reject report</source>
        <translation>请选择一次导入以打开其未导入行报告</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import court exports (CSV, Excel) into this database</source>
        <translation>将法院导出文件（CSV、Excel）导入此数据库</translation>
    </message>
    <message>
        <source>Open &amp;reject report</source>
        <translation>打开未导入行报告(&amp;R)</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>The import history could not be read: %1</source>
        <translation>无法读取导入历史：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Loading the import history…</source>
        <translation>正在加载导入历史…</translation>
    </message>
    <message>
        <source>No imports yet. Import court exports with Import files… or drop them onto the window.</source>
        <translation>尚无导入记录。请通过“导入文件…”导入法院导出文件，或将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>Imports: %1 · rows read: %2 · rejected: %3 · new cases: %4</source>
        <translation>导入 %1 次 · 读取 %2 行 · 未导入 %3 行 · 新增案件 %4 件</translation>
    </message>
</context>
<context>
    <name>caseload::IndicatorCard</name>
    <message>
        <source>No target</source>
        <translation>无目标值</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>环比 %1</translation>
    </message>
    <message>
        <source>%1 vs same period last year</source>
        <translation>同比 %1</translation>
    </message>
    <message>
        <source>Not computable: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>no target to judge against</source>
        <translation>无目标值可供评定</translation>
    </message>
    <message>
        <source>meets the target</source>
        <translation>达到目标值</translation>
    </message>
    <message>
        <source>less than 5 percentage points below the target</source>
        <translation>低于目标值不足 5 个百分点</translation>
    </message>
    <message>
        <source>more than 5 percentage points below the target</source>
        <translation>低于目标值 5 个百分点以上</translation>
    </message>
</context>
<context>
    <name>caseload::IndicatorSettingsForm</name>
    <message>
        <source>&amp;Time limit (months from filing):</source>
        <translation>审限（自立案起的月数）(&amp;T)：</translation>
    </message>
    <message>
        <source>Network &amp;inquiry window (months before a 终本 closure):</source>
        <translation>网络查控时限（终本结案前的月数）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Overall-closure window (years):</source>
        <translation>整体执结率统计区间（年）(&amp;O)：</translation>
    </message>
    <message>
        <source>Target 1, actual closure within the limit:</source>
        <translation>目标值 1（审限内实际执结率）：</translation>
    </message>
    <message>
        <source>Target 2, 终本 quality:</source>
        <translation>目标值 2（终本合格率）：</translation>
    </message>
    <message>
        <source>Target 3, petitions resolved:</source>
        <translation>目标值 3（执行信访办结率）：</translation>
    </message>
    <message>
        <source>Target 4, overall closure:</source>
        <translation>目标值 4（整体执结率）：</translation>
    </message>
    <message>
        <source>Target 5, courts meeting the standard:</source>
        <translation>目标值 5（达标法院比例）：</translation>
    </message>
    <message>
        <source>6 months for court judgments, 3 for non-litigation enforcement (DOMAIN.md)</source>
        <translation>执行生效判决为 6 个月，非诉执行为 3 个月（DOMAIN.md）</translation>
    </message>
    <message>
        <source>Closure methods left out of the core indicators (&amp;numerators and denominators):</source>
        <translation>不计入核心指标（分子和分母）的结案方式(&amp;N)：</translation>
    </message>
    <message>
        <source>Closure methods left out of the core indicators</source>
        <translation>不计入核心指标的结案方式</translation>
    </message>
    <message>
        <source>终本 quality checks (indicator 2), each used when the data has its column:</source>
        <translation>终本合格核查项（指标 2），数据中有相应列时方予采用：</translation>
    </message>
    <message>
        <source>Network inquiry within the window before closure</source>
        <translation>结案前规定时限内进行网络查控</translation>
    </message>
    <message>
        <source>Consumption restriction issued</source>
        <translation>已发出限制消费令</translation>
    </message>
    <message>
        <source>Applicant interviewed before closure</source>
        <translation>结案前已约谈申请执行人</translation>
    </message>
    <message>
        <source>Debtor put on the dishonest list</source>
        <translation>已将被执行人纳入失信名单</translation>
    </message>
    <message>
        <source>Off by default: whether the law requires the listing depends on facts an export lacks</source>
        <translation>默认不启用：是否依法应当纳入失信名单，取决于导出数据中没有的事实</translation>
    </message>
</context>
<context>
    <name>caseload::InterventionEditor</name>
    <message>
        <source>Month the change starts</source>
        <translation>变化开始的月份</translation>
    </message>
    <message>
        <source>Your name for it, shown with its coefficient</source>
        <translation>自定义名称，与其系数一并显示</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>水平变化</translation>
    </message>
    <message>
        <source>Trend change</source>
        <translation>趋势变化</translation>
    </message>
    <message>
        <source>From this month on, the level jumps (a step)</source>
        <translation>自该月起，水平发生跃变（阶跃）</translation>
    </message>
    <message>
        <source>From this month on, the trend changes slope (a hinge)</source>
        <translation>自该月起，趋势斜率改变（趋势拐点）</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>变化类型</translation>
    </message>
    <message>
        <source>Changed: apply to save and forecast again.</source>
        <translation>已更改：请点击“应用”以保存并重新预测。</translation>
    </message>
    <message>
        <source>Level shifts and trend changes</source>
        <translation>水平变化与趋势变化</translation>
    </message>
    <message>
        <source>Known breaks in the series enter every regression model: a level shift (the May 2015 case-registration reform made filings jump) or a trend change (a hinge). They are saved in the database, so everyone using it sees the same ones.</source>
        <translation>序列中已知的结构变化会纳入每个回归模型：水平变化（如 2015 年 5 月立案登记制改革使立案数跃升）或趋势变化（趋势拐点）。这些设置保存在数据库中，所有使用该数据库的人看到的都相同。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>One row per break; edit the label in place</source>
        <translation>每行一项结构变化；可直接编辑名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a level shift</source>
        <translation>添加水平变化</translation>
    </message>
    <message>
        <source>Add a level shift or trend change</source>
        <translation>添加水平变化或趋势变化</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Remove the selected level shift or trend change</source>
        <translation>删除所选的水平变化或趋势变化</translation>
    </message>
    <message>
        <source>Default example</source>
        <translation>默认示例</translation>
    </message>
    <message>
        <source>Back to the May 2015 registration reform as the only level shift</source>
        <translation>恢复为仅以 2015 年 5 月立案登记制改革作为水平变化</translation>
    </message>
    <message>
        <source>Restore the default level shift</source>
        <translation>恢复默认的水平变化</translation>
    </message>
    <message>
        <source>Forecast the mean of the two best models</source>
        <translation>取最优两个模型的均值作为预测</translation>
    </message>
    <message>
        <source>Off: the single model with the lowest backtest error</source>
        <translation>不勾选时：只用回测误差最低的单个模型</translation>
    </message>
    <message>
        <source>Allow steep trends</source>
        <translation>允许陡峭趋势</translation>
    </message>
    <message>
        <source>By default a trend may at most double or halve the next 12 months against the last 12</source>
        <translation>默认情况下，趋势至多使未来 12 个月相对于近 12 个月翻倍或减半</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Save in the database and forecast again</source>
        <translation>保存到数据库并重新预测</translation>
    </message>
    <message>
        <source>Apply and save the forecast settings</source>
        <translation>应用并保存预测设置</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Back to the settings in use</source>
        <translation>恢复为当前使用的设置</translation>
    </message>
    <message>
        <source>Revert the forecast settings</source>
        <translation>还原预测设置</translation>
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
        <source>Back to &amp;my database</source>
        <translation>返回我的数据库(&amp;M)</translation>
    </message>
    <message>
        <source>Court exports (*.csv *.txt *.xlsx *.xls)</source>
        <translation>法院导出文件 (*.csv *.txt *.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>Open a Caseload database</source>
        <translation>打开 Caseload 数据库</translation>
    </message>
    <message>
        <source>Caseload databases (*.sqlite *.db)</source>
        <translation>Caseload 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Monthly &amp;report…</source>
        <translation>统计月报(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a shared Caseload database on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的共享 Caseload 数据库</translation>
    </message>
</context>
<context>
    <name>caseload::MeasureCourtsPanel</name>
    <message>
        <source>%1, %2: no case filed in the period</source>
        <translation>%1，%2：本期间无立案案件</translation>
    </message>
    <message>
        <source>%1, %2: %3% of the cases filed in the period</source>
        <translation>%1，%2：占本期间立案案件的 %3%</translation>
    </message>
    <message>
        <source>Share of cases filed in the period with each measure, by court</source>
        <translation>各法院本期间立案案件采取各项措施的比例</translation>
    </message>
    <message>
        <source>Chart: share of cases with each measure by court</source>
        <translation>图表：各法院采取各项措施的案件比例</translation>
    </message>
    <message>
        <source>No court has cases in the selection.</source>
        <translation>所选范围内没有法院有案件。</translation>
    </message>
</context>
<context>
    <name>caseload::MeasureText</name>
    <message>
        <source>Network inquiry</source>
        <translation>网络查控</translation>
    </message>
    <message>
        <source>Dishonest list</source>
        <translation>纳入失信名单</translation>
    </message>
    <message>
        <source>Consumption restriction</source>
        <translation>限制消费</translation>
    </message>
    <message>
        <source>Applicant interviewed</source>
        <translation>约谈申请执行人</translation>
    </message>
</context>
<context>
    <name>caseload::MeasureTrendPanel</name>
    <message>
        <source>%1, %2: %3 cases</source>
        <translation>%1，%2：%3 件</translation>
    </message>
    <message>
        <source>Measures applied per month</source>
        <translation>每月采取的执行措施</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Chart: enforcement measures applied per month</source>
        <translation>图表：每月采取的执行措施</translation>
    </message>
    <message>
        <source>No month in the period.</source>
        <translation>本期间不含任何月份。</translation>
    </message>
</context>
<context>
    <name>caseload::MeasureUsageModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Column %1 in the export</source>
        <translation>导出文件中的“%1”列</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Cases with it</source>
        <translation>采取案件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Median days from filing</source>
        <translation>距立案天数中位数</translation>
    </message>
    <message>
        <source>Recovery with</source>
        <translation>到位率（已采取）</translation>
    </message>
    <message>
        <source>Recovery without</source>
        <translation>到位率（未采取）</translation>
    </message>
    <message>
        <source>Performed with</source>
        <translation>执行完毕率（已采取）</translation>
    </message>
    <message>
        <source>Performed without</source>
        <translation>执行完毕率（未采取）</translation>
    </message>
    <message>
        <source>Cases filed in the period with the measure dated on or before the as-of date, of all cases filed in the period</source>
        <translation>本期间立案案件中，截至日期当日或之前已采取该措施的案件数 / 本期间立案案件总数</translation>
    </message>
    <message>
        <source>Share of the cases filed in the period that have the measure</source>
        <translation>本期间立案案件中采取该措施的比例</translation>
    </message>
    <message>
        <source>Median days from filing to the measure</source>
        <translation>从立案到采取该措施的天数中位数</translation>
    </message>
    <message>
        <source>Recovery ratio (amount recovered ÷ amount applied) of the cases closed by the as-of date, with or without the measure</source>
        <translation>截至日期已结案件中，采取与未采取该措施的案件各自的执行到位率（实际到位金额 ÷ 申请执行标的）</translation>
    </message>
    <message>
        <source>Share closed as 执行完毕 (performed) among the cases closed by the as-of date, with or without the measure</source>
        <translation>截至日期已结案件中，采取与未采取该措施的案件各自以执行完毕方式结案的比例</translation>
    </message>
</context>
<context>
    <name>caseload::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>执行措施</translation>
    </message>
    <message>
        <source>Filed from %1 to %2, %3</source>
        <translation>%1 至 %2 立案，%3</translation>
    </message>
    <message>
        <source>&amp;Use of each measure among the cases filed in the period</source>
        <translation>本期间立案案件的各项措施采取情况(&amp;U)</translation>
    </message>
    <message>
        <source>Use of each enforcement measure</source>
        <translation>各项执行措施采取情况</translation>
    </message>
    <message>
        <source>No cases loaded yet. Import a court export to see how the enforcement measures are used.</source>
        <translation>尚未加载案件。请导入法院导出文件，以查看执行措施的采取情况。</translation>
    </message>
    <message>
        <source>The figures could not be computed:
%1</source>
        <translation>无法计算统计数据：
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This data has no enforcement-measure column, so there is nothing to show here.

Import an export with at least one of these columns (the dates the measures were taken) to see their use over time and by court, and which 终本 quality checks fail most:
%1</source>
        <translation>当前数据没有执行措施列，此处无内容可显示。

请导入至少包含下列一列（采取措施的日期）的导出文件，即可查看各项措施逐月和按法院的采取情况，以及哪些终本合格核查项未通过最多：
%1</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
</context>
<context>
    <name>caseload::ModelPanel</name>
    <message>
        <source>Log-linear regression</source>
        <translation>对数线性回归</translation>
    </message>
    <message>
        <source>Count regression (GLM)</source>
        <translation>计数回归（GLM）</translation>
    </message>
    <message>
        <source>Exponential smoothing</source>
        <translation>指数平滑</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>%1: backtest over %2 origins</source>
        <translation>%1：在 %2 个预测起点上回测</translation>
    </message>
    <message>
        <source>%1: not backtested (only each family&apos;s choice is)</source>
        <translation>%1：未回测（仅对各模型族的入选模型回测）</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选用</translation>
    </message>
    <message>
        <source>best of its family</source>
        <translation>同族最优</translation>
    </message>
    <message>
        <source>Seasonal naive (same month last year)</source>
        <translation>季节朴素法（取去年同月值）</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>组合</translation>
    </message>
    <message>
        <source>forecast shown</source>
        <translation>当前显示的预测</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（已选用）</translation>
    </message>
    <message>
        <source>%1: estimate %2 on the log scale, standard error %3</source>
        <translation>%1：对数尺度上的估计值 %2，标准误 %3</translation>
    </message>
    <message>
        <source>Models considered</source>
        <translation>参与比较的模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型族</translation>
    </message>
    <message>
        <source>AICc</source>
        <translation>AICc</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>sMAPE</source>
        <translation>sMAPE</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>80% coverage</source>
        <translation>80% 覆盖率</translation>
    </message>
    <message>
        <source>95% coverage</source>
        <translation>95% 覆盖率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The model and its trend</source>
        <translation>模型及其趋势设定</translation>
    </message>
    <message>
        <source>AICc chooses within a family; the backtest chooses across families</source>
        <translation>同族内按 AICc 选择；不同族之间按回测选择</translation>
    </message>
    <message>
        <source>Akaike&apos;s criterion, corrected for small samples: lower is better, comparable only within a family</source>
        <translation>经小样本校正的赤池信息准则：越低越好，仅在同族内可比</translation>
    </message>
    <message>
        <source>Mean absolute scaled error over horizons 1–12 (below 1: better than the seasonal naive in-sample)</source>
        <translation>提前 1–12 个月的平均绝对标度误差（低于 1：优于样本内的季节朴素法）</translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error over horizons 1–12</source>
        <translation>提前 1–12 个月的对称平均绝对百分比误差</translation>
    </message>
    <message>
        <source>Mean of forecast − actual, in cases (positive: over-forecast)</source>
        <translation>预测值 − 实际值的平均数，单位为件（正数表示预测偏高）</translation>
    </message>
    <message>
        <source>Share of actual months inside the 80% interval (nominal 80%)</source>
        <translation>实际值落在 80% 预测区间内的月份比例（名义水平 80%）</translation>
    </message>
    <message>
        <source>Share of actual months inside the 95% interval (nominal 95%)</source>
        <translation>实际值落在 95% 预测区间内的月份比例（名义水平 95%）</translation>
    </message>
    <message>
        <source>The chosen models (bold) and each family&apos;s choice</source>
        <translation>所选模型（粗体）及各模型族的入选模型</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model whose coefficients are shown</source>
        <translation>显示其系数的模型</translation>
    </message>
    <message>
        <source>Regression models have coefficients; smoothing models do not</source>
        <translation>回归模型有系数；平滑模型没有</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效应</translation>
    </message>
    <message>
        <source>± SE</source>
        <translation>± SE</translation>
    </message>
    <message>
        <source>Regressor: a month, the Spring Festival, the trend, a level shift</source>
        <translation>回归变量：月份、春节、趋势、水平变化</translation>
    </message>
    <message>
        <source>Change in the count: (exp(b) − 1) × 100%; trends per year: (exp(12 b) − 1) × 100%</source>
        <translation>计数的变化：(exp(b) − 1) × 100%；趋势按年计：(exp(12 b) − 1) × 100%</translation>
    </message>
    <message>
        <source>± one standard error (delta method: exp(b) × SE × 100%)</source>
        <translation>± 一个标准误（delta 方法：exp(b) × SE × 100%）</translation>
    </message>
    <message>
        <source>Coefficients in plain words</source>
        <translation>系数的通俗解读</translation>
    </message>
    <message>
        <source>None of the models has coefficients to show.</source>
        <translation>所有模型均无可显示的系数。</translation>
    </message>
    <message>
        <source>Effects change the monthly count: a month against January, the Spring Festival for a whole holiday week in the month, a level shift from its month on; trends per year. ± one standard error.</source>
        <translation>效应表示对月度计数的影响：月份效应相对于 1 月；春节效应按该月含整个春节假期周计；水平变化自其起始月份起生效；趋势按年计。± 为一个标准误。</translation>
    </message>
</context>
<context>
    <name>caseload::MonthlyReport</name>
    <message>
        <source>All courts</source>
        <translation>全部法院</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No month given.</source>
        <translation>未指定月份。</translation>
    </message>
    <message>
        <source>the store holds no case</source>
        <translation>案件库中没有案件</translation>
    </message>
    <message>
        <source>the data covers %1 to %2</source>
        <translation>数据范围为 %1 至 %2</translation>
    </message>
    <message>
        <source>The month %1 lies outside the data: %2.</source>
        <translation>月份 %1 不在数据范围内：%2。</translation>
    </message>
    <message>
        <source>Enforcement caseload report %1, %2</source>
        <translation>%2执行案件统计报告（%1）</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 · enforcement caseload report %2</source>
        <translation>%1 · 执行案件统计报告 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Enforcement caseload monthly report</source>
        <translation>执行案件统计月报</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>Data as of %1 · generated at %2</source>
        <translation>数据截至 %1 · 生成时间 %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>达标情况</translation>
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
        <source>Pending at month end</source>
        <translation>月末未结</translation>
    </message>
    <message>
        <source>Clearance rate</source>
        <translation>结收比</translation>
    </message>
    <message>
        <source>Disposition time (days)</source>
        <translation>处置时间（天）</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>结案天数中位数</translation>
    </message>
    <message>
        <source>Closed within the time limit</source>
        <translation>审限内结案率</translation>
    </message>
    <message>
        <source>Recovery ratio</source>
        <translation>执行到位率</translation>
    </message>
    <message>
        <source>1. Actual closure within the limit</source>
        <translation>1. 有财产案件审限内实际执结率</translation>
    </message>
    <message>
        <source>2. 终本 quality</source>
        <translation>2. 终本合格率</translation>
    </message>
    <message>
        <source>3. Execution petitions resolved</source>
        <translation>3. 执行信访办结率</translation>
    </message>
    <message>
        <source>4. Overall closure</source>
        <translation>4. 整体执结率</translation>
    </message>
    <message>
        <source>5. Courts meeting the standard</source>
        <translation>5. 达标法院比例</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Time limit %1 months from filing. Core indicators leave out closures by: %2. Same month last year: — when it lies before the data.</source>
        <translation>审限为自立案之日起 %1 个月。核心指标不计入以下方式结案的案件：%2。“去年同月”一栏为“—”的，表示该月早于数据起始月份。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Filed and closed, %1 to %2</source>
        <translation>立案数与结案数（%1 至 %2）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Days to close, cases closed %1 to %2 (%3 cases)</source>
        <translation>结案天数分布：%1 至 %2 结案的案件（共 %3 件）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>time limit (%1 days)</source>
        <translation>审限（%1 天）</translation>
    </message>
    <message>
        <source>Pending cases at %1 by age in days (%2 overdue)</source>
        <translation>截至 %1 未结案件存案天数分布（超期 %2 件）</translation>
    </message>
    <message>
        <source>Courts by clearance rate, %1 to %2 (best and worst %3 of %4)</source>
        <translation>各法院结收比排名（%1 至 %2；共 %4 个法院，列示首尾各 %3 名）</translation>
    </message>
    <message>
        <source>Courts by clearance rate, %1 to %2</source>
        <translation>各法院结收比排名（%1 至 %2）</translation>
    </message>
    <message>
        <source>Courts, %1 to %2</source>
        <translation>各法院情况（%1 至 %2）</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Core indicators met</source>
        <translation>核心指标达标数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Days pending</source>
        <translation>存案天数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限届满日</translation>
    </message>
    <message>
        <source>Overdue pending cases at %1</source>
        <translation>截至 %1 超期未结案件</translation>
    </message>
    <message>
        <source>Overdue pending cases at %1 (continued)</source>
        <translation>截至 %1 超期未结案件（续）</translation>
    </message>
    <message>
        <source>%1 cases past their deadline; the %2 with the earliest deadlines are listed. No personal data.</source>
        <translation>超期案件共 %1 件，按期限届满日由早到晚列示前 %2 件。本表不含个人信息。</translation>
    </message>
    <message>
        <source>%1 cases past their deadline, earliest deadline first. No personal data.</source>
        <translation>超期案件共 %1 件，按期限届满日由早到晚排列。本表不含个人信息。</translation>
    </message>
    <message>
        <source>No case is overdue.</source>
        <translation>无超期未结案件。</translation>
    </message>
    <message>
        <source>No forecast: it needs %1 complete months of filings, the history holds %2.</source>
        <translation>无法预测：需要 %1 个完整月份的立案数据，历史数据只有 %2 个月。</translation>
    </message>
    <message>
        <source>No forecast: the forecast engine gave none.</source>
        <translation>无法预测：预测引擎未给出结果。</translation>
    </message>
    <message>
        <source>Filed, %1 to %2, and the forecast to %3</source>
        <translation>立案数（%1 至 %2）及预测（至 %3）</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80% 预测区间</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 预测区间</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>模型：%1。</translation>
    </message>
    <message>
        <source>Backtest MASE %1, seasonal naive %2 (%3 origins, 1 to %4 months ahead; below 1 is better than naive).</source>
        <translation>回测 MASE %1，季节朴素法 %2（%3 个预测起点，提前 1 至 %4 个月；低于 1 即优于朴素法）。</translation>
    </message>
    <message>
        <source>No backtest: the history holds %1 months, more than %2 are needed.</source>
        <translation>未回测：历史数据只有 %1 个月，需要多于 %2 个月。</translation>
    </message>
    <message>
        <source>Forecast for %1: %2 cases (80% interval %3 to %4, 95% interval %5 to %6).</source>
        <translation>%1 预测值：%2 件（80% 预测区间 %3 至 %4，95% 预测区间 %5 至 %6）。</translation>
    </message>
    <message>
        <source>12-month forecast of filings: %1</source>
        <translation>未来 12 个月立案预测：%1</translation>
    </message>
    <message>
        <source>Courts, %1 to %2 (continued)</source>
        <translation>各法院情况（%1 至 %2，续）</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Case numbers missing: %1</source>
        <translation>缺少案号：%1</translation>
    </message>
</context>
<context>
    <name>caseload::OverviewPage</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No case was filed in the period.</source>
        <translation>本期间无立案案件。</translation>
    </message>
    <message>
        <source>No case was closed in the period.</source>
        <translation>本期间无结案案件。</translation>
    </message>
    <message>
        <source>No case closed in the period has both amounts (applied and recovered).</source>
        <translation>本期间结案的案件中，没有同时具有申请执行标的和实际到位金额的案件。</translation>
    </message>
    <message>
        <source>No case to count in the period.</source>
        <translation>本期间没有可统计的案件。</translation>
    </message>
    <message>
        <source>Clearance rate</source>
        <translation>结收比</translation>
    </message>
    <message>
        <source>Pending at period end</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <source>Disposition time</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <source>Median days to closure</source>
        <translation>结案天数中位数</translation>
    </message>
    <message>
        <source>Closed within the time limit</source>
        <translation>审限内结案率</translation>
    </message>
    <message>
        <source>Recovery ratio</source>
        <translation>执行到位率</translation>
    </message>
    <message>
        <source>① Actual closure within the limit (cases with property)</source>
        <translation>① 有财产案件审限内实际执结率</translation>
    </message>
    <message>
        <source>② 终本 quality</source>
        <translation>② 终本合格率</translation>
    </message>
    <message>
        <source>③ Execution petitions resolved</source>
        <translation>③ 执行信访办结率</translation>
    </message>
    <message numerus="yes">
        <source>④ %n-year overall closure</source>
        <translation>
            <numerusform>④ %n 年整体执结率</numerusform>
        </translation>
    </message>
    <message>
        <source>⑤ Courts meeting the standard</source>
        <translation>⑤ 达标法院比例</translation>
    </message>
    <message>
        <source>network inquiry within the window</source>
        <translation>规定时限内网络查控</translation>
    </message>
    <message>
        <source>consumption restriction issued</source>
        <translation>已发出限制消费令</translation>
    </message>
    <message>
        <source>applicant interviewed</source>
        <translation>约谈申请执行人</translation>
    </message>
    <message>
        <source>dishonest-debtor listing</source>
        <translation>纳入失信名单</translation>
    </message>
    <message>
        <source>Closed %1 ÷ filed %2 = %3
Aim: at least 100% (closures keep up with filings)</source>
        <translation>结案 %1 ÷ 立案 %2 = %3
期望值：不低于 100%（结案跟上收案）</translation>
    </message>
    <message>
        <source>Filed on or before %1 and not closed by then: %2 cases
Pending when the period began: %3; filed %4, closed %5</source>
        <translation>%1 或之前立案、截至当日未结：%2 件
期初未结 %3 件；立案 %4 件，结案 %5 件</translation>
    </message>
    <message>
        <source>%1 days × %2 pending ÷ %3 closed = %4 days (CEPEJ)</source>
        <translation>%1 天 × 未结 %2 件 ÷ 结案 %3 件 = %4 天（CEPEJ）</translation>
    </message>
    <message>
        <source>Median of %1 closed cases: %2 days (75th percentile %3, 90th %4)
Kaplan–Meier median with open cases censored: %5 days</source>
        <translation>%1 件已结案件的中位数：%2 天（第 75 百分位 %3，第 90 百分位 %4）
将未结案件作删失处理的 Kaplan–Meier 中位数：%5 天</translation>
    </message>
    <message>
        <source>Closed by the deadline (time limit of %1 months + extension + deducted days): %2 of %3 = %4
Within the time limit without extension or deduction: %5 = %6</source>
        <translation>在期限届满日前结案（审限 %1 个月 + 延长审限 + 扣除审限天数）：%3 件中 %2 件 = %4
不计延长和扣除的审限内结案：%5 件 = %6</translation>
    </message>
    <message>
        <source>Recovered ¥%1 ÷ applied ¥%2 over %3 closed cases = %4</source>
        <translation>%3 件已结案件：实际到位 ¥%1 ÷ 申请执行标的 ¥%2 = %4</translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3</source>
        <translation>%1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>Not computable: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>目标值：不低于 %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>核查项：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Indicator cards</source>
        <translation>指标卡片</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <source>No cases loaded yet. Import a case export (File ▸ Import) or open the demo data.</source>
        <translation>尚未加载案件。请导入案件导出文件（文件 ▸ 导入），或打开演示数据。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 to %2, as of %3</source>
        <translation>%1 至 %2，截至 %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) selected</source>
        <translation>
            <numerusform>选中案件 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>comparisons loading…</source>
        <translation>正在加载对比数据…</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Aim ≥ %1</source>
        <translation>期望 ≥ %1</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>目标 ≥ %1</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Month by month:</source>
        <translation>逐月数据：</translation>
    </message>
    <message>
        <source>Pending at %1</source>
        <translation>截至 %1 未结</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <source>%1: no data to compare with</source>
        <translation>%1：无可比数据</translation>
    </message>
    <message>
        <source>%1 (%2): not computable. %3</source>
        <translation>%1（%2）：无法计算。%3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
</context>
<context>
    <name>caseload::PetitionTableModel</name>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到件数</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>enter the court the figures are for</source>
        <translation>请填写数据所属的法院</translation>
    </message>
    <message>
        <source>enter the first day of the period</source>
        <translation>请填写期间的第一天</translation>
    </message>
    <message>
        <source>enter the last day of the period</source>
        <translation>请填写期间的最后一天</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>统计期间的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>cannot be negative (%1)</source>
        <translation>不能为负数（%1）</translation>
    </message>
    <message>
        <source>%1 resolved is more than the %2 received</source>
        <translation>办结件数 %1 多于收到件数 %2</translation>
    </message>
    <message>
        <source>row %1 already has figures for %2 in this period</source>
        <translation>第 %1 行已有 %2 在该期间的数据</translation>
    </message>
</context>
<context>
    <name>caseload::RecentDatabasesMenu</name>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近使用的数据库(&amp;R)</translation>
    </message>
</context>
<context>
    <name>caseload::ReportBatch</name>
    <message>
        <source>All courts of the selection</source>
        <translation>所选范围内的全部法院</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n file(s): %1</source>
        <translation>
            <numerusform>写入 %n 个文件后中止：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 files written.</source>
        <translation>已取消：已写入 %1 个文件（共 %2 个）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>已写入 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseload::ReportDialog</name>
    <message>
        <source>Computing the report…</source>
        <translation>正在计算报告…</translation>
    </message>
    <message>
        <source>Monthly report preview</source>
        <translation>统计月报预览</translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation>打印统计月报</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error after %n file(s): %1</source>
        <translation>
            <numerusform>写入 %n 个文件后因出错而中止：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 files written to %3.</source>
        <translation>已取消：已将 %1 个文件（共 %2 个）写入 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1 of %2: %3</source>
        <translation>第 %1 份报告，共 %2 份：%3</translation>
    </message>
    <message>
        <source>Cancelling after the current court…</source>
        <translation>正在取消，将在当前法院的报告完成后停止…</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存统计月报</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for one PDF per court</source>
        <translation>选择文件夹（每个法院一个 PDF）</translation>
    </message>
    <message>
        <source>No cases are loaded: import cases or open a database first.</source>
        <translation>尚未加载案件：请先导入案件或打开数据库。</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>统计月报</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <source>The month the report covers; the latest complete month is chosen first.</source>
        <translation>报告所涵盖的月份；默认选择最近一个完整月份。</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>The &amp;dashboard&apos;s courts (all courts)</source>
        <translation>当前筛选的法院（全部法院）(&amp;D)</translation>
    </message>
    <message>
        <source>The &amp;dashboard&apos;s courts (%1)</source>
        <translation>当前筛选的法院（%1）(&amp;D)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The dashboard&apos;s courts</source>
        <translation>当前筛选的法院</translation>
    </message>
    <message>
        <source>&amp;All courts</source>
        <translation>全部法院(&amp;A)</translation>
    </message>
    <message>
        <source>All courts</source>
        <translation>全部法院</translation>
    </message>
    <message>
        <source>One &amp;court:</source>
        <translation>单个法院(&amp;C)：</translation>
    </message>
    <message>
        <source>One court</source>
        <translation>单个法院</translation>
    </message>
    <message>
        <source>Court of the report</source>
        <translation>报告对应的法院</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>预览报告</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>One PDF per court</source>
        <translation>每个法院一个 PDF</translation>
    </message>
    <message>
        <source>Writes one PDF for each court of the selection and one for the whole selection into a folder.</source>
        <translation>为所选范围内的每个法院各生成一个 PDF，另为整个所选范围生成一个，全部写入同一文件夹。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>取消批量生成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder of the files written</source>
        <translation>打开已写入文件所在的文件夹</translation>
    </message>
    <message>
        <source>One PDF p&amp;er court…</source>
        <translation>每个法院一个 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Case numbers missing: %1</source>
        <translation>缺少案号：%1</translation>
    </message>
</context>
<context>
    <name>caseload::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The stored indicator settings cannot be used (%1); the defaults are shown.</source>
        <translation>已保存的指标设置无法使用（%1）；现显示默认设置。</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Petition figures, %1</source>
        <translation>执行信访数据，%1</translation>
    </message>
    <message>
        <source>Court groups, %1: the group has no court; check at least one or delete the group</source>
        <translation>法院分组 %1：该分组没有法院；请至少勾选一个法院，或删除该分组</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Not all settings could be saved: %1</source>
        <translation>部分设置未能保存：%1</translation>
    </message>
    <message>
        <source>Petition figures: %1</source>
        <translation>执行信访数据：%1</translation>
    </message>
    <message>
        <source>Court groups: %1</source>
        <translation>法院分组：%1</translation>
    </message>
    <message>
        <source>Saved column mappings: %1</source>
        <translation>已保存的列映射：%1</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>更改尚未应用。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Petition figures (indicator 3)</source>
        <translation>执行信访数据（指标 3）</translation>
    </message>
    <message>
        <source>Petitions about execution received and resolved, per court and period, from the petition system. Indicator 3 uses the figures of the selected courts whose period lies wholly inside the dashboard&apos;s period.</source>
        <translation>来自信访系统、按法院和期间录入的执行信访收到件数和办结件数。指标 3 采用所选法院中、期间完全处于当前统计期间之内的数据。</translation>
    </message>
    <message>
        <source>Petition figures</source>
        <translation>执行信访数据</translation>
    </message>
    <message>
        <source>Add &amp;figures</source>
        <translation>添加数据(&amp;F)</translation>
    </message>
    <message>
        <source>Remo&amp;ve figures</source>
        <translation>删除数据(&amp;V)</translation>
    </message>
    <message>
        <source>Court groups</source>
        <translation>法院分组</translation>
    </message>
    <message>
        <source>Saved column mappings</source>
        <translation>已保存的列映射</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Header signature</source>
        <translation>表头特征</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>De&amp;lete mapping</source>
        <translation>删除映射(&amp;L)</translation>
    </message>
    <message>
        <source>Forget the selected mapping (when you apply): the next export with this header is mapped automatically again</source>
        <translation>删除所选映射（应用后生效）：下次导入具有此表头的导出文件时，将重新自动映射</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes not yet applied</source>
        <translation>放弃尚未应用的更改</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Save the changes and compute the figures again</source>
        <translation>保存更改并重新计算统计数据</translation>
    </message>
    <message>
        <source>Waiting for the import to finish</source>
        <translation>正在等待导入完成</translation>
    </message>
</context>
<context>
    <name>caseload::SheetChooser</name>
    <message>
        <source>Choose a sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <source>%1 has several sheets. Import which one?</source>
        <translation>%1 包含多个工作表。要导入哪一个？</translation>
    </message>
</context>
<context>
    <name>caseload::TableExport</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write the table to %1: %2</source>
        <translation>无法将表格写入 %1：%2</translation>
    </message>
    <message>
        <source>the workbook could not be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>the sheet could not be created.</source>
        <translation>无法创建工作表。</translation>
    </message>
    <message>
        <source>the existing file could not be replaced.</source>
        <translation>无法替换现有文件。</translation>
    </message>
    <message>
        <source>the file could not be renamed.</source>
        <translation>无法重命名文件。</translation>
    </message>
    <message>
        <source>Cannot export the table to %1: use a .csv or .xlsx file name.</source>
        <translation>无法将表格导出到 %1：请使用扩展名为 .csv 或 .xlsx 的文件名。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
</context>
<context>
    <name>caseload::TableExportAction</name>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file (UTF-8) or an Excel workbook (XLSX)</source>
        <translation>将表格保存为 CSV 文件（UTF-8）或 Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>caseload::TerminationChecksPanel</name>
    <message>
        <source>%1 of %2 terminations (终本) fail at least one check (%3%)</source>
        <translation>%2 件终本案件中有 %1 件至少一项核查未通过（%3%）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 terminations fail this check (%4%)</source>
        <translation>%1：%3 件终本案件中有 %2 件未通过此项核查（%4%）</translation>
    </message>
    <message>
        <source>终本 quality checks: terminations failing each check</source>
        <translation>终本合格核查：各核查项未通过的终本案件</translation>
    </message>
    <message>
        <source>Terminations failing</source>
        <translation>未通过的终本案件</translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation>终本案件数</translation>
    </message>
    <message>
        <source>Chart: terminations failing each 终本 quality check</source>
        <translation>图表：各终本合格核查项未通过的终本案件</translation>
    </message>
    <message>
        <source>No 终本 quality check can be applied: the checks switched on in Settings need measure columns this data does not have.</source>
        <translation>无法进行终本合格核查：设置中启用的核查项所需的执行措施列，当前数据中均没有。</translation>
    </message>
    <message>
        <source>No 终本 closure in the period: there is nothing to check.</source>
        <translation>本期间没有终本结案案件，无需核查。</translation>
    </message>
</context>
<context>
    <name>caseload::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Filed in %1</source>
        <translation>%1 立案</translation>
    </message>
    <message>
        <source>Closed in %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <source>Pending at the end of %1</source>
        <translation>%1末未结</translation>
    </message>
    <message>
        <source>Closure index: %1 (1 = an average month of the year)</source>
        <translation>结案指数：%1（1 = 全年月均水平）</translation>
    </message>
    <message>
        <source>Spring Festival: %1</source>
        <translation>春节：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考线：%1</translation>
    </message>
    <message>
        <source>%1 · Filed: %2</source>
        <translation>%1 · 立案：%2</translation>
    </message>
    <message>
        <source>%1 · Closed: %2</source>
        <translation>%1 · 结案：%2</translation>
    </message>
    <message>
        <source>%1 · December closures: %2</source>
        <translation>%1 · 12 月结案：%2</translation>
    </message>
    <message>
        <source>%1 · Pending at month end: %2</source>
        <translation>%1 · 月末未结：%2</translation>
    </message>
    <message>
        <source>%1 · Clearance rate: %2 (%3 closed ÷ %4 filed)</source>
        <translation>%1 · 结收比：%2（结案 %3 ÷ 立案 %4）</translation>
    </message>
    <message>
        <source>%1 · Clearance rate, 12 months to this month: %2</source>
        <translation>%1 · 截至本月近 12 个月结收比：%2</translation>
    </message>
    <message>
        <source>Cases filed and closed per month</source>
        <translation>每月立案与结案数</translation>
    </message>
    <message>
        <source>Cases pending at month end</source>
        <translation>月末未结案件数</translation>
    </message>
    <message>
        <source>Clearance rate (closed ÷ filed)</source>
        <translation>结收比（结案 ÷ 立案）</translation>
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
        <source>December (year-end closures)</source>
        <translation>12 月（年底结案）</translation>
    </message>
    <message>
        <source>Pending at month end</source>
        <translation>月末未结</translation>
    </message>
    <message>
        <source>Clearance rate</source>
        <translation>结收比</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Spring Festival month</source>
        <translation>春节所在月</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Chart: cases filed and closed per month</source>
        <translation>图表：每月立案与结案数</translation>
    </message>
    <message>
        <source>Chart: cases pending at month end</source>
        <translation>图表：月末未结案件数</translation>
    </message>
    <message>
        <source>Chart: clearance rate per month</source>
        <translation>图表：每月结收比</translation>
    </message>
    <message>
        <source>Wheel or +/−: zoom · drag or arrow keys: pan · double-click or 0: reset · click a month to list its cases</source>
        <translation>滚轮或 +/−：缩放 · 拖动或方向键：平移 · 双击或 0：复位 · 点击月份：列出该月案件</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Reset the zoom of the trend charts</source>
        <translation>重置趋势图的缩放</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation>本期间没有案件</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2 cases filed, %3 closed.</source>
        <translation>%1：立案 %2 件，结案 %3 件。</translation>
    </message>
    <message>
        <source>%1: %2 cases pending at the end.</source>
        <translation>%1：期末未结 %2 件。</translation>
    </message>
    <message>
        <source>%1: clearance rate %2.</source>
        <translation>%1：结收比 %2。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month (QLocale format)</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>caseload::pg::PgCopyParser</name>
    <message>
        <source>the server sent a malformed COPY stream: %1</source>
        <translation>服务器发送的 COPY 数据流格式错误：%1</translation>
    </message>
    <message>
        <source>it does not start with the binary COPY signature</source>
        <translation>开头不是二进制 COPY 签名</translation>
    </message>
    <message>
        <source>it carries OIDs</source>
        <translation>其中带有 OID</translation>
    </message>
    <message>
        <source>unknown critical header flags (%1)</source>
        <translation>未知的关键头部标志（%1）</translation>
    </message>
    <message>
        <source>a header extension of %1 bytes</source>
        <translation>%1 字节的头部扩展</translation>
    </message>
    <message>
        <source>data after the end marker</source>
        <translation>结束标记之后还有数据</translation>
    </message>
    <message>
        <source>a tuple of %1 fields where %2 were expected</source>
        <translation>一行有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>field %1 has %2 bytes where its type has %3</source>
        <translation>字段 %1 有 %2 字节，而其类型应为 %3 字节</translation>
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
        <source>Excel workbooks: the sheet to import (default: the first with data).</source>
        <translation>Excel 工作簿：要导入的工作表（默认为第一个有数据的工作表）。</translation>
    </message>
    <message>
        <source>inserted %1, updated %2, unchanged %3; %4 sheet %5, header on row %6</source>
        <translation>新增 %1 件，更新 %2 件，无变化 %3 件；%4 工作表 %5，表头位于第 %6 行</translation>
    </message>
    <message>
        <source>caseload: unknown command &apos;%1&apos;. Commands: import, export, generate, kpi, forecast, petitions, groups, settings, report; without a command the window opens.</source>
        <translation>caseload：未知命令“%1”。可用命令：import、export、generate、kpi、forecast、petitions、groups、settings、report；不带命令时打开主窗口。</translation>
    </message>
    <message>
        <source>Database: an SQLite file or postgresql://user@host:port/dbname (default: %1).</source>
        <translation>数据库：SQLite 文件或 postgresql://user@host:port/dbname（默认：%1）。</translation>
    </message>
    <message>
        <source>older %1: the database holds a newer state of these cases (by their latest date); not applied</source>
        <translation>较旧 %1 件：数据库中这些案件的状态更新（按最近日期）；未应用</translation>
    </message>
    <message>
        <source>saved the compact copy of the %1 cases for a fast start</source>
        <translation>已保存 %1 件案件的紧凑副本，以便快速启动</translation>
    </message>
    <message>
        <source>warning: the compact copy of the cases was not saved (the next start reads every case): %1</source>
        <translation>警告：案件的紧凑副本未能保存（下次启动将逐件读取全部案件）：%1</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>选择理由：%1</translation>
    </message>
    <message>
        <source>month      forecast   80% interval          95% interval</source>
        <translation>月份         预测值   80% 预测区间          95% 预测区间</translation>
    </message>
    <message>
        <source>P(below %1 by then) %2</source>
        <translation>届时低于 %1 的概率 %2</translation>
    </message>
    <message>
        <source>Backtest over %1 origins, h = 1..12: MASE %2 (seasonal naive %3), sMAPE %4%, 80% coverage %5, 95% coverage %6</source>
        <translation>在 %1 个预测起点上回测，h = 1..12：MASE %2（季节朴素法 %3），sMAPE %4%，80% 覆盖率 %5，95% 覆盖率 %6</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Forecasts monthly filings, closures or the pending backlog with calibrated 80% and 95% intervals, from the database (with the filters of &apos;caseload kpi&apos;) or from a month,value CSV file.</source>
        <translation>预测每月立案数、结案数或未结案件数，并给出经校准的 80% 和 95% 预测区间；数据取自数据库（可使用 &apos;caseload kpi&apos; 的筛选选项）或 month,value 格式的 CSV 文件。</translation>
    </message>
    <message>
        <source>A CSV file with the header month,value (months YYYY-MM) instead of the database.</source>
        <translation>改用表头为 month,value（月份格式为 YYYY-MM）的 CSV 文件，而非数据库。</translation>
    </message>
    <message>
        <source>Which series: filed, closed or pending (default: filed).</source>
        <translation>要预测的序列：filed（立案）、closed（结案）或 pending（未结），默认为 filed。</translation>
    </message>
    <message>
        <source>Months to forecast, 1 to 60 (default: 12).</source>
        <translation>预测月数，1 到 60（默认：12）。</translation>
    </message>
    <message>
        <source>Use the single best model instead of the mean of the best two.</source>
        <translation>只用最优的单个模型，而不取最优两个模型的均值。</translation>
    </message>
    <message>
        <source>Pending only: filings changed by this many percent (what-if).</source>
        <translation>仅用于 pending：立案数按此百分比变化（情景模拟）。</translation>
    </message>
    <message>
        <source>Pending only: closing capacity changed by this many percent (what-if).</source>
        <translation>仅用于 pending：结案能力按此百分比变化（情景模拟）。</translation>
    </message>
    <message>
        <source>Pending only: print the probability that the backlog has fallen below this level by each month.</source>
        <translation>仅用于 pending：输出截至各月未结案件降至此水平以下的概率。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>--horizon: a number of months from 1 to 60, not &apos;%1&apos;</source>
        <translation>--horizon：须为 1 到 60 之间的月数，而不是“%1”</translation>
    </message>
    <message>
        <source>--series: filed, closed or pending, not &apos;%1&apos;</source>
        <translation>--series：须为 filed、closed 或 pending，而不是“%1”</translation>
    </message>
    <message>
        <source>--filings-change: a percentage from -100 to 1000, not &apos;%1&apos;</source>
        <translation>--filings-change：须为 -100 到 1000 之间的百分比，而不是“%1”</translation>
    </message>
    <message>
        <source>--capacity-change: a percentage from -100 to 1000, not &apos;%1&apos;</source>
        <translation>--capacity-change：须为 -100 到 1000 之间的百分比，而不是“%1”</translation>
    </message>
    <message>
        <source>--below: a number of cases, not &apos;%1&apos;</source>
        <translation>--below：须为案件数，而不是“%1”</translation>
    </message>
    <message>
        <source>--series pending needs the database (filings, closures and the backlog); --input forecasts the file&apos;s one series.</source>
        <translation>--series pending 需要数据库（立案、结案和未结案件数据）；--input 只预测文件中的单一序列。</translation>
    </message>
    <message>
        <source>Stock–flow simulation: filings by %1; closures on the workload</source>
        <translation>存量—流量模拟：立案预测采用%1；结案数依据工作量推算</translation>
    </message>
    <message>
        <source>Pending(t) = pending(t−1) + filed(t) − closed(t) over %1 simulated paths; closures grow with the workload by an elasticity of %2 ± %3.</source>
        <translation>未结(t) = 未结(t−1) + 立案(t) − 结案(t)，共 %1 条模拟路径；结案数随工作量增长，弹性为 %2 ± %3。</translation>
    </message>
    <message>
        <source>Filings forecast: %1</source>
        <translation>立案预测：%1</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>Actual closure within the limit, cases with property</source>
        <translation>有财产可供执行案件法定审限内实际执结率</translation>
    </message>
    <message>
        <source>终本 quality</source>
        <translation>终本合格率</translation>
    </message>
    <message>
        <source>Execution petitions resolved</source>
        <translation>执行信访办结率</translation>
    </message>
    <message>
        <source>Overall closure over the window</source>
        <translation>统计区间内执行案件整体执结率</translation>
    </message>
    <message>
        <source>Courts meeting the standard</source>
        <translation>达标法院比例</translation>
    </message>
    <message>
        <source>network inquiry</source>
        <translation>网络查控</translation>
    </message>
    <message>
        <source>consumption restriction</source>
        <translation>限制消费</translation>
    </message>
    <message>
        <source>applicant interviewed</source>
        <translation>约谈申请执行人</translation>
    </message>
    <message>
        <source>dishonest-debtor list</source>
        <translation>纳入失信名单</translation>
    </message>
    <message>
        <source>not computable: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), target %4: %5</source>
        <translation>%1（%2/%3），目标 %4：%5</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>[checks: %1]</source>
        <translation>[核查项：%1]</translation>
    </message>
    <message>
        <source>Period %1 to %2, as of %3; %4 cases selected</source>
        <translation>统计期间 %1 至 %2，截至 %3；选中案件 %4 件</translation>
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
        <source>Pending at start</source>
        <translation>期初未结</translation>
    </message>
    <message>
        <source>Pending at end</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <source>Clearance rate</source>
        <translation>结收比</translation>
    </message>
    <message>
        <source>Disposition time (days)</source>
        <translation>处置时间（天）</translation>
    </message>
    <message>
        <source>Days to close: median, P75, P90</source>
        <translation>结案天数：中位数、第75、第90百分位</translation>
    </message>
    <message>
        <source>Net of deducted days</source>
        <translation>扣除审限天数后</translation>
    </message>
    <message>
        <source>Closed within the limit (net, raw)</source>
        <translation>审限内结案率（扣除后、未扣除）</translation>
    </message>
    <message>
        <source>Kaplan–Meier median (days)</source>
        <translation>Kaplan–Meier 中位数（天）</translation>
    </message>
    <message>
        <source>%1 (95% CI %2 to %3)</source>
        <translation>%1（95% 置信区间 %2 至 %3）</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <source>Recovery ratio</source>
        <translation>执行到位率</translation>
    </message>
    <message>
        <source>Share of closures in December</source>
        <translation>12 月结案占比</translation>
    </message>
    <message>
        <source>Pending at %1 by age (days):</source>
        <translation>%1 未结案件按存案天数分布：</translation>
    </message>
    <message>
        <source>Core indicators:</source>
        <translation>核心指标：</translation>
    </message>
    <message>
        <source>Courts (rank, court, filed, closed, pending, clearance, indicators met):</source>
        <translation>各法院（排名、法院、立案、结案、未结、结收比、达标指标数）：</translation>
    </message>
    <message>
        <source>Settings: time limit %1 months; network inquiry within %2 months before closure; overall closure over %3 years; left out of the core indicators: %4</source>
        <translation>设置：审限 %1 个月；网络查控须在结案前 %2 个月内；整体执结率按 %3 年计算；不计入核心指标的结案方式：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Prints the caseload indicators for a period and a set of cases.</source>
        <translation>输出指定期间和案件范围的案件统计指标。</translation>
    </message>
    <message>
        <source>First month (default: the data&apos;s first).</source>
        <translation>起始月份（默认：数据的第一个月）。</translation>
    </message>
    <message>
        <source>Last month (default: the data&apos;s last).</source>
        <translation>结束月份（默认：数据的最后一个月）。</translation>
    </message>
    <message>
        <source>Date for the pending caseload&apos;s age (default: the period&apos;s last day).</source>
        <translation>计算未结案件存案天数的日期（默认：统计期间的最后一天）。</translation>
    </message>
    <message>
        <source>Only this court (name or code); repeatable.</source>
        <translation>仅统计此法院（名称或代字）；可重复指定。</translation>
    </message>
    <message>
        <source>Only this court group: an intermediate court&apos;s code (京01) or a group defined with &apos;caseload groups&apos;; repeatable.</source>
        <translation>仅统计此法院分组：中级人民法院代字（如 京01，即其中院辖区）或用 &apos;caseload groups&apos; 定义的分组；可重复指定。</translation>
    </message>
    <message>
        <source>Only this case type (首次执行, 执恢, ...); repeatable.</source>
        <translation>仅统计此案件类型（首次执行、执恢……）；可重复指定。</translation>
    </message>
    <message>
        <source>Only this cause; repeatable.</source>
        <translation>仅统计此案由；可重复指定。</translation>
    </message>
    <message>
        <source>Only this handler; repeatable.</source>
        <translation>仅统计此承办人；可重复指定。</translation>
    </message>
    <message>
        <source>Only cases closed by this method (执行完毕, 终本, ...); repeatable.</source>
        <translation>仅统计以此方式结案的案件（执行完毕、终本……）；可重复指定。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>--from: not a month (YYYY-MM): &apos;%1&apos;</source>
        <translation>--from：不是月份（YYYY-MM）：“%1”</translation>
    </message>
    <message>
        <source>--to: not a month (YYYY-MM): &apos;%1&apos;</source>
        <translation>--to：不是月份（YYYY-MM）：“%1”</translation>
    </message>
    <message>
        <source>--asof: not a date (YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>--asof：不是日期（YYYY-MM-DD）：“%1”</translation>
    </message>
    <message>
        <source>--type: unknown case type &apos;%1&apos;</source>
        <translation>--type：未知的案件类型“%1”</translation>
    </message>
    <message>
        <source>--method: unknown closure method &apos;%1&apos;</source>
        <translation>--method：未知的结案方式“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Writes the monthly report (A4 PDF) for a court, a group or all courts.</source>
        <translation>为单个法院、法院分组或全部法院生成月度报告（A4 PDF）。</translation>
    </message>
    <message>
        <source>The report&apos;s month (YYYY-MM).</source>
        <translation>报告月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Only this court (name or code); repeatable.</source>
        <translation>仅统计此法院（名称或代字）；可重复指定。</translation>
    </message>
    <message>
        <source>Only this court group (an intermediate court&apos;s code such as 京01, or a group defined with &apos;caseload groups&apos;); repeatable.</source>
        <translation>仅统计此法院分组（中级人民法院代字，如 京01，即其中院辖区；或用 &apos;caseload groups&apos; 定义的分组）；可重复指定。</translation>
    </message>
    <message>
        <source>One report per court plus one for all courts, into the directory given with --out.</source>
        <translation>为每个法院各生成一份报告，另为全部法院生成一份，写入 --out 指定的目录。</translation>
    </message>
    <message>
        <source>Language of the report: zh_CN or en.</source>
        <translation>报告语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The PDF file to write, or a directory (required with --all-courts).</source>
        <translation>要写入的 PDF 文件或目录（使用 --all-courts 时须为目录）。</translation>
    </message>
    <message>
        <source>needs a GUI application object (fonts); run it through the caseload executable.</source>
        <translation>需要 GUI 应用程序对象（用于字体）；请通过 caseload 可执行程序运行。</translation>
    </message>
    <message>
        <source>--month is required.</source>
        <translation>必须指定 --month。</translation>
    </message>
    <message>
        <source>--month: not a month (YYYY-MM): &apos;%1&apos;</source>
        <translation>--month：不是月份（YYYY-MM）：“%1”</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>必须指定 --out。</translation>
    </message>
    <message>
        <source>--all-courts cannot be combined with --court or --group.</source>
        <translation>--all-courts 不能与 --court 或 --group 同时使用。</translation>
    </message>
    <message>
        <source>--lang: zh_CN or en, not &apos;%1&apos;</source>
        <translation>--lang：须为 zh_CN 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>--all-courts writes several files: give an existing directory with --out.</source>
        <translation>--all-courts 会写入多个文件：请用 --out 指定一个已存在的目录。</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>--out: a .pdf file or a directory, not &apos;%1&apos;</source>
        <translation>--out：须为 .pdf 文件或目录，而不是“%1”</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3) in %4 ms</source>
        <translation>已写入 %1（%2，%3），用时 %4 毫秒</translation>
    </message>
    <message>
        <source>%1: case numbers missing: %2</source>
        <translation>%1：缺少案号：%2</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>未知的设置项“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no parts</source>
        <translation>“%1”没有子项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has parts: name one of them (%2)</source>
        <translation>“%1”包含子项，请指定其中之一（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes true or false</source>
        <translation>“%1”的值须为 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not &apos;%2&apos;</source>
        <translation>“%1”的值须为数值，而不是“%2”</translation>
    </message>
    <message>
        <source>Lists, enters or removes execution petition figures (indicator 3), per court and period. Without --court it lists them.</source>
        <translation>按法院和期间列出、录入或删除执行信访数据（指标 3）。不指定 --court 时列出数据。</translation>
    </message>
    <message>
        <source>Court name.</source>
        <translation>法院名称。</translation>
    </message>
    <message>
        <source>First month.</source>
        <translation>起始月份。</translation>
    </message>
    <message>
        <source>Last month.</source>
        <translation>结束月份。</translation>
    </message>
    <message>
        <source>Petitions received.</source>
        <translation>收到的信访件数。</translation>
    </message>
    <message>
        <source>Petitions resolved.</source>
        <translation>办结的信访件数。</translation>
    </message>
    <message>
        <source>Remove the figures of the period.</source>
        <translation>删除该期间的数据。</translation>
    </message>
    <message>
        <source>--court NAME is required</source>
        <translation>必须指定 --court NAME</translation>
    </message>
    <message>
        <source>--from and --to must be months (YYYY-MM)</source>
        <translation>--from 和 --to 必须是月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>--received and --resolved must be whole numbers</source>
        <translation>--received 和 --resolved 必须是整数</translation>
    </message>
    <message>
        <source>Lists, defines or removes court groups (such as the reform&apos;s pilot courts) for &apos;caseload kpi --group&apos;. Without --set or --remove it lists them.</source>
        <translation>列出、定义或删除法院分组（如改革试点法院），供 &apos;caseload kpi --group&apos; 使用。不指定 --set 或 --remove 时列出分组。</translation>
    </message>
    <message>
        <source>Define the group with the --court courts.</source>
        <translation>用 --court 指定的法院定义该分组。</translation>
    </message>
    <message>
        <source>A court of the group; repeatable.</source>
        <translation>分组中的一个法院；可重复指定。</translation>
    </message>
    <message>
        <source>Remove the group.</source>
        <translation>删除该分组。</translation>
    </message>
    <message>
        <source>--set needs at least one --court</source>
        <translation>--set 至少需要一个 --court</translation>
    </message>
    <message>
        <source>no group named &apos;%1&apos;</source>
        <translation>没有名为“%1”的分组</translation>
    </message>
    <message>
        <source>Prints or changes the indicator settings stored with the database (time limit, targets, methods left out, indicator 2&apos;s checks), as JSON.</source>
        <translation>以 JSON 格式输出或修改随数据库保存的指标设置（审限、目标值、不计入的结案方式、指标 2 的核查项）。</translation>
    </message>
    <message>
        <source>Change one setting, e.g. time_limit_months=3, targets.actual_closure=0.95, excluded_methods=销案,终结执行; repeatable.</source>
        <translation>修改一项设置，例如 time_limit_months=3、targets.actual_closure=0.95、excluded_methods=销案,终结执行；可重复指定。</translation>
    </message>
    <message>
        <source>Restore the defaults.</source>
        <translation>恢复默认设置。</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set 的参数须为 KEY=VALUE，而不是“%1”</translation>
    </message>
</context>
</TS>
