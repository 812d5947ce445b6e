#pragma once
#include <QString>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

// Reading JSON text in place, for the hot paths that only pass documents on or pick a few
// fields out of them (a 5,000-compute list as `-o json` or as a table): no DOM is built, nothing
// is copied but what the caller keeps.
//
// The text must already have been checked as strict JSON (ArmJob checks every answer with
// isBoundedJson() before anyone reads it). These readers do not validate again: on text that is
// not JSON they never read past its end and report failure (false, nullopt, an empty view), but
// what they report for such text is unspecified.
namespace cw::jsontext {

// The position of the first non-whitespace byte at or after `pos` (text.size() if none).
size_t skipSpace(std::string_view text, size_t pos);
// One past the end of the value that starts at `pos` (after any whitespace); npos when the text
// ends first.
size_t valueEnd(std::string_view text, size_t pos);

// The value of one hex digit, -1 for any other byte (shared with JsonNesting's checker).
int hexDigit(char c);

// What walking an object's members and an array's elements have in common: the opening
// bracket, the commas between items, the closing bracket, and each item's value.
class Cursor
{
public:
    std::string_view value() const { return m_value; }
    // False when the text was not the container or was cut short (next() then stops early).
    bool ok() const { return m_ok; }
    // True once the closing bracket was read.
    bool atEnd() const { return m_done; }

protected:
    Cursor(std::string_view text, char open, char close);
    // True when an item starts at m_pos (after its comma); false at the end or on bad text.
    bool beginItem();
    // Takes the value starting at `start` and moves past it.
    bool takeValue(size_t start);
    bool fail();

    std::string_view m_text;
    size_t m_pos = 0;

private:
    std::string_view m_value;
    char m_close;
    bool m_ok = false;
    bool m_done = false;
    bool m_first = true;
};

// The members of an object value, in document order (repeated keys are all seen).
//   for (jsontext::Members m(text); m.next();) use(m.rawKey(), m.value());
class Members : public Cursor
{
public:
    explicit Members(std::string_view object) : Cursor(object, '{', '}') {}
    bool next();
    std::string_view rawKey() const { return m_key; } // between the quotes, escapes kept

private:
    std::string_view m_key;
};

// The elements of an array value, in order.
class Elements : public Cursor
{
public:
    explicit Elements(std::string_view array) : Cursor(array, '[', ']') {}
    bool next();
};

// A string value (with its quotes) or a raw key (without them) decoded to UTF-8; nullopt when
// the text is neither.
std::optional<std::string> decodeString(std::string_view quoted);
std::optional<std::string> decodeRawKey(std::string_view raw);
// True when the raw key (as Members::rawKey() gives it) spells `key`, escapes decoded.
bool keyIs(std::string_view rawKey, std::string_view key);
// The same as a QString; nullopt when `value` is not a string.
std::optional<QString> stringValue(std::string_view value);

// The member `key` of `object` as jsonfields::find() finds it in the parsed document: the exact
// spelling, else (anyCase) the case variant whose spelling sorts first, the member an nlohmann
// object (a std::map in which a repeated key keeps its last value) hands out. Empty when absent.
std::string_view member(std::string_view object, std::string_view key, bool anyCase);
// The same for several keys (at most 12) in one walk over the object: found[i] is the member
// keys[i] names.
void members(std::string_view object, std::initializer_list<std::string_view> keys, std::string_view *found,
             bool anyCase);

// Appends `value` formatted as nlohmann::json::dump(indent) formats a document at nesting
// level `level` (members and elements on their own lines, `"key": value`, `{}` and `[]` for
// empty containers). Strings and numbers are copied as they are spelt, so text that
// nlohmann wrote compactly comes out byte for byte as dump(indent) writes it. False when
// `value` is not one complete value (what was appended is then unspecified).
bool appendIndented(std::string &out, std::string_view value, int indent, int level);

} // namespace cw::jsontext
