#include "common/JsonNesting.h"

#include <algorithm>

namespace cw {

int jsonNestingDepth(const QByteArray &bytes)
{
    int depth = 0;
    int maxDepth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            maxDepth = std::max(maxDepth, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return maxDepth;
}

} // namespace cw
