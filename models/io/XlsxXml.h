#pragma once

#include <QtGlobal>

#include <expat.h>

#include <cstring>
#include <string>

namespace pugi {
class xml_node;
}

// The SpreadsheetML elements and values the .xlsx reader looks at, as expat and pugixml hand them
// over (internal to models/io).
namespace caseload::xlsx {

// The elements the readers look at, by local name: SpreadsheetML is told apart by element names
// alone, and some writers (the .NET Open XML SDK) put a prefix on every element ("x:c"). Expat
// runs without namespace processing, which would cost time on every element.
enum class Element : quint8 { Other, Row, C, V, T, Is, RPh, SheetData, Si };

inline Element elementOf(const XML_Char *name)
{
    // Most names in a sheet are one letter without a prefix: those need no search for a colon.
    if (name[0] != 0 && name[1] == 0) {
        switch (name[0]) {
        case 'c':
            return Element::C;
        case 'v':
            return Element::V;
        case 't':
            return Element::T;
        default:
            return Element::Other;
        }
    }
    const XML_Char *local = name;
    for (const XML_Char *p = name; *p; ++p) {
        if (*p == ':')
            local = p + 1;
    }
    switch (local[0]) {
    case 'c':
        return local[1] == 0 ? Element::C : Element::Other;
    case 'v':
        return local[1] == 0 ? Element::V : Element::Other;
    case 't':
        return local[1] == 0 ? Element::T : Element::Other;
    case 'i':
        return local[1] == 's' && local[2] == 0 ? Element::Is : Element::Other;
    case 'r':
        if (std::strcmp(local + 1, "ow") == 0)
            return Element::Row;
        return std::strcmp(local + 1, "Ph") == 0 ? Element::RPh : Element::Other;
    case 's':
        if (std::strcmp(local + 1, "i") == 0)
            return Element::Si;
        return std::strcmp(local + 1, "heetData") == 0 ? Element::SheetData : Element::Other;
    default:
        return Element::Other;
    }
}

// Attribute values in a sheet are a few characters long: a loop beats a call to strlen.
inline qsizetype lengthOf(const XML_Char *text)
{
    qsizetype n = 0;
    while (text[n])
        ++n;
    return n;
}

inline const XML_Char *attributeValue(const XML_Char **attributes, const char *name)
{
    for (int i = 0; attributes[i]; i += 2) {
        if (std::strcmp(attributes[i], name) == 0)
            return attributes[i + 1];
    }
    return nullptr;
}

// Whether an attribute value holds no reference or '<' (malformed in a value; pugixml lets it
// through): otherwise expat must read the fragment, to expand or refuse them. Checked on the
// elements whose attributes the reader uses. Values are a few characters long: a loop beats
// strpbrk's set-up.
inline bool plainValue(const char *value)
{
    for (; *value; ++value) {
        if (*value == '&' || *value == '<')
            return false;
    }
    return true;
}

// An element's text as expat reports it, into `out`: its first run of text (pugixml's
// parse_embed_pcdata keeps it as the element's value), then the rest, CDATA sections and the text of
// child elements in order; references replaced. False for a malformed reference.
bool appendText(const pugi::xml_node &node, std::string *out);

} // namespace caseload::xlsx
