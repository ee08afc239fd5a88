#pragma once

#include "ZipArchive.h"

#include <QString>

#include <atomic>
#include <memory>
#include <string>

#include <expat.h>

namespace pugi {
class xml_node;
class xml_document;
}

namespace caseload {

/// Reads one XML part of a zip archive whose bulk is a long list of like elements inside one
/// container: the rows of a worksheet (<row> in <sheetData>), the strings of a shared strings table
/// (<si> in <sst>). Expat, a general streaming parser, reads what comes before the container; from
/// there on the part is inflated into a buffer and cut after the last end tag of an item in each
/// chunk, and each such fragment of whole items is parsed in place by pugixml (several times faster
/// than expat on these parts) and handed over as a tree. Memory holds a chunk or so, whatever the
/// size of the part.
///
/// Expat reads the whole part instead when it declares a DTD (its entities are expat's to expand)
/// or an encoding other than UTF-8. And expat takes over from the start of a fragment that pugixml
/// cannot parse or that is not UTF-8 (a cut that fell inside a comment or a CDATA section, a tag
/// written with a space before its ">", malformed XML), reading the rest of the part as if it had
/// read it all: it is given the container's start tag, then the bytes from there on (the part is
/// opened again, as pugixml changed the bytes it parsed). Any error is then expat's, exact.
///
/// The items handed over as fragments give the handler what expat's events would: the text it uses
/// is decoded by decodeText(), which refuses what expat refuses (a bare '&', an unknown entity, a
/// reference to a character XML does not allow), and text that is not UTF-8 or holds control
/// characters sends the fragment to expat. pugixml is more lenient than expat about markup nobody
/// reads: a '<' or a malformed reference in an attribute the handler does not use, a duplicate
/// attribute. Such a part is read (the values used are the same) where expat would refuse it.
///
/// Element names are matched by their local name: some writers (the .NET Open XML SDK) put a prefix
/// on every element ("x:row"); namespaces are not otherwise processed.
class XmlFragmentReader
{
public:
    /// What the part holds, as events (expat) or fragments (pugixml): a handler must give the same
    /// result for both.
    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual void startElement(const XML_Char *name, const XML_Char **attributes) = 0;
        virtual void endElement(const XML_Char *name) = 0;
        virtual void characters(const XML_Char *data, int length) = 0;
        /// Whole items: the children of `fragment` (elements, and any text between them). An
        /// element's first run of text is its value() (pugi::parse_embed_pcdata); any further runs
        /// (after a child element or comment) and CDATA sections are child nodes. Text and attribute
        /// values are as written, references not replaced: decodeText() replaces them as expat
        /// would, and says when one is malformed. Returns false, having undone whatever it did with
        /// the fragment, when expat must read it instead (a malformed reference in text the handler
        /// uses, a reference in an attribute value it uses).
        virtual bool fragment(const pugi::xml_node &fragment) = 0;
    };

    enum class Result : quint8 {
        Finished, ///< the container ended (pugixml), or the document ended well-formed (expat)
        Stopped, ///< the handler called stop(), or `giveUp` was set
        ReadError, ///< the entry could not be inflated: errorDetail() is ZipArchive's message
        XmlError, ///< malformed XML: errorDetail() says what and where
        Truncated, ///< the part ended before the document did
    };

    /// Reads `entry`, the part `part` of the archive at `archivePath` (opened again if expat must take
    /// over), `chunkSize` bytes at a time. `container` and `item` are local names ("sheetData",
    /// "row").
    XmlFragmentReader(Handler *handler, const QString &archivePath, const QString &part,
        std::unique_ptr<ZipArchive::Entry> entry, const char *container, const char *item,
        qsizetype chunkSize);
    ~XmlFragmentReader();
    XmlFragmentReader(const XmlFragmentReader &) = delete;
    XmlFragmentReader &operator=(const XmlFragmentReader &) = delete;

    /// Appends `raw` (text or an attribute value as pugixml leaves it, references not replaced) to
    /// `out` with the predefined entities and character references replaced, as expat reports the
    /// text. False, with `out` as it was, when a reference is malformed, unknown or names a character
    /// XML does not allow.
    static bool decodeText(const char *raw, std::string *out);

    /// Whether the part is read to its end after the container, as expat reads a whole document
    /// (the shared strings: the end is checked, the entry's CRC too); by default reading stops at
    /// the container's end tag (a sheet: what follows its rows is not needed). Call before read().
    void setReadToEnd(bool toEnd);

    /// Whether the items may go to pugixml (the default); false: expat reads the whole part, for
    /// tests and benchmarks that compare the two. Call before read().
    void setFragmentsAllowed(bool allowed);
    /// Reads until the container or the document ends, an error, stop(), or `giveUp` (checked
    /// between chunks and fragments) is set.
    Result read(const std::atomic<bool> *giveUp = nullptr);
    /// From a handler: stops reading (expat at once, pugixml after the fragment).
    void stop();
    /// What went wrong, for ReadError and XmlError (expat's message with where the fault is).
    QString errorDetail() const;
    /// Bytes of the part handled so far: up to the element being reported (expat), or up to the
    /// fragment being handed over (pugixml).
    qint64 position() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
