#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace caseload {

/// Text encodings Caseload reads. Auto means: a byte-order mark decides; without one, strict
/// UTF-8 when the sample is valid UTF-8, else GB18030 (a superset of GBK and GB2312).
enum class TextEncoding { Auto, Utf8, Gb18030, Utf16LE, Utf16BE };

/// The name used on the command line and in messages: "auto", "utf-8", "gb18030", "utf-16le", "utf-16be".
QString encodingName(TextEncoding encoding);
/// Parses a name as given by a user ("utf8", "UTF-8", "gbk", "gb2312", "gb18030", "auto", ...).
std::optional<TextEncoding> encodingFromName(QStringView name);

/// Result of looking at the start of a file.
struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8; ///< never Auto
    int bomLength = 0; ///< bytes to skip at the start
};

/// Length of the well-formed UTF-8 sequence at `p` (Unicode 15, table 3-7: no overlong forms,
/// surrogates or code points past U+10FFFF), 0 if it is ill-formed, or -1 if it is a valid prefix cut
/// short by `end`. `p` < `end`; an ASCII byte is a sequence of 1.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end);

/// Decides the encoding of a file from its first bytes (a few megabytes are plenty). A UTF-8
/// sequence cut at the end of the sample does not count against UTF-8.
DetectedEncoding detectEncoding(QByteArrayView head);

} // namespace caseload
