/// Escaping for data in `report.md` table cells (GitHub-flavoured Markdown): a `|` would split the
/// cell, a line break would end the row, and `<`, `*`, `` ` ``, `[` would turn an owner's name
/// into markup. Backslash escapes keep the text exactly as it was when rendered. `_` is left alone:
/// GitHub does not emphasise inside words, and `IGNORED_GOOD_LEAD` should stay readable in a mail.
enum MarkdownText {
    static let special: Set<Character> = ["\\", "|", "<", ">", "*", "`", "[", "]"]

    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                out += " "
            } else if special.contains(character) {
                out += "\\\(character)"
            } else {
                out.append(character)
            }
        }
        return out
    }
}
