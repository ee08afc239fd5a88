#include "XlsxXml.h"

#include "XmlFragmentReader.h"

#include <pugixml.hpp>

namespace caseload::xlsx {

bool appendText(const pugi::xml_node &node, std::string *out)
{
    if (!XmlFragmentReader::decodeText(node.value(), out))
        return false;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        switch (child.type()) {
        case pugi::node_pcdata:
            if (!XmlFragmentReader::decodeText(child.value(), out))
                return false;
            break;
        case pugi::node_cdata:
            out->append(child.value()); // no references in a CDATA section
            break;
        case pugi::node_element:
            if (!appendText(child, out))
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace caseload::xlsx
