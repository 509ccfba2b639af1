import Foundation

/// The examples of a Markdown guide: its fenced ```sh blocks, the `masante …` commands they hold,
/// and the plain ``` block that shows their output, if one follows right after.
///
/// A command is a line starting with `masante ` once `\` continuations are joined and a trailing
/// `# comment` is dropped; it is split into words as a POSIX shell would (quotes, backslashes).
/// `> file` sends its standard output to a file, `&& masante …` chains another command (run when
/// the first succeeds); every
/// other line of a block (export, psql, eval, scripts/…) and every other shell construct
/// (`|| logger …`) is kept as skipped text, never run.
///
/// ```swift
/// let blocks = GuideExamples.parse(markdown)
/// for block in blocks { for command in block.commands { print(command.arguments) } }
/// ```
struct GuideExamples {
    /// One `masante` command of a block.
    struct Command: Equatable {
        /// The words after `masante`.
        var arguments: [String]
        /// Where `>` sends standard output (a path as written), nil for the terminal.
        var stdoutFile: String? = nil
        /// The line of the guide the command starts on (1-based).
        var line: Int
        /// Chained with `&&`: runs only when the command before it succeeded (exit 0).
        var afterSuccess = false
    }

    /// One fenced ```sh block.
    struct Block: Equatable {
        /// The line of the opening fence (1-based).
        var line: Int
        /// The `##` heading the block sits under ("" before the first one).
        var section: String
        var commands: [Command]
        /// Shell text of the block that is not run, one entry per logical line or tail.
        var skipped: [String]
        /// The lines of the plain ``` block right after (only blank lines between), nil when none.
        var output: [String]?
    }

    /// A fenced block of another language (```sql…), with the heading it sits under.
    struct Listing: Equatable {
        var line: Int
        var section: String
        var language: String
        var text: String
    }

    var blocks: [Block] = []
    var listings: [Listing] = []

    /// Parses every fenced block of `markdown`, including blocks indented in a list or quoted
    /// with `>`.
    static func parse(_ markdown: String) -> GuideExamples {
        var result = GuideExamples()
        let lines = markdown.components(separatedBy: "\n")
        var section = ""
        var index = 0
        while index < lines.count {
            let (prefix, content) = unquote(lines[index])
            if content.hasPrefix("## ") { section = String(content.dropFirst(3)) }
            guard content.hasPrefix("```") else { index += 1; continue }
            let language = content.dropFirst(3).trimmingCharacters(in: .whitespaces)
            let open = index
            var body: [String] = []
            index += 1
            while index < lines.count, !unquote(lines[index]).content.hasPrefix("```") {
                body.append(strip(prefix: prefix, from: lines[index]))
                index += 1
            }
            index += 1 // the closing fence
            if language == "sh" {
                var block = Block(line: open + 1, section: section, commands: [], skipped: [], output: nil)
                shellLines(body, firstLine: open + 2, into: &block)
                // A plain block right after, separated by blank lines only, shows the output.
                var next = index
                while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
                if next < lines.count, unquote(lines[next]).content == "```" {
                    let outputPrefix = unquote(lines[next]).prefix
                    var output: [String] = []
                    next += 1
                    while next < lines.count, !unquote(lines[next]).content.hasPrefix("```") {
                        output.append(strip(prefix: outputPrefix, from: lines[next]))
                        next += 1
                    }
                    block.output = output
                    index = next + 1
                }
                result.blocks.append(block)
            } else if !language.isEmpty {
                result.listings.append(
                    Listing(
                        line: open + 1, section: section, language: language,
                        text: body.joined(separator: "\n")))
            }
        }
        return result
    }

    /// The indentation or `> ` quoting before a line's content, and the content.
    private static func unquote(_ line: String) -> (prefix: String, content: String) {
        var prefix = Substring(line)
        var content = Substring(line)
        while let first = content.first, first == " " || first == ">" { content = content.dropFirst() }
        prefix = prefix.prefix(line.count - content.count)
        return (String(prefix), String(content))
    }

    /// `line` without the block's indentation or quoting (as far as it has it).
    private static func strip(prefix: String, from line: String) -> String {
        var rest = Substring(line)
        for character in prefix {
            guard let first = rest.first, first == character || (character == " " && first == ">") else { break }
            rest = rest.dropFirst()
        }
        if prefix.contains(">"), rest.first == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    /// Sorts the lines of a shell block into commands and skipped text.
    private static func shellLines(_ body: [String], firstLine: Int, into block: inout Block) {
        var logical: [(Int, String)] = []
        var pending: (Int, String)?
        for (offset, raw) in body.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var current = pending {
                current.1 += " " + line
                pending = current
            } else {
                pending = (firstLine + offset, line)
            }
            if line.hasSuffix("\\"), var current = pending {
                current.1.removeLast() // the backslash: the next line continues this one
                pending = current
            } else if let current = pending {
                logical.append(current)
                pending = nil
            }
        }
        if let pending { logical.append(pending) }
        for (number, line) in logical where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let words = ShellWords.split(line)
            guard words.first == .word("masante") else {
                block.skipped.append(line)
                continue
            }
            var segment: [ShellWords.Token] = []
            var segments: [(joiner: String?, tokens: [ShellWords.Token])] = []
            var joiner: String? = nil
            for token in words {
                if case .operator(let op) = token, ["&&", "||", ";", "|"].contains(op) {
                    segments.append((joiner, segment))
                    segment = []
                    joiner = op
                } else {
                    segment.append(token)
                }
            }
            segments.append((joiner, segment))
            var skippedTail: [String] = []
            for (joiner, tokens) in segments {
                let runs = tokens.first == .word("masante") && (joiner == nil || joiner == "&&" || joiner == ";")
                guard runs, skippedTail.isEmpty, let command = command(tokens, line: number) else {
                    skippedTail.append((joiner.map { $0 + " " } ?? "") + tokens.map(\.text).joined(separator: " "))
                    continue
                }
                block.commands.append(command)
                if joiner == "&&" { block.commands[block.commands.count - 1].afterSuccess = true }
            }
            if !skippedTail.isEmpty { block.skipped.append(skippedTail.joined(separator: " ")) }
        }
    }

    /// A command from the words of one shell segment starting with `masante`; nil when it uses
    /// a construct the test does not run (input redirection, stderr redirection).
    private static func command(_ tokens: [ShellWords.Token], line: Int) -> Command? {
        var command = Command(arguments: [], line: line)
        var iterator = tokens.dropFirst().makeIterator()
        while let token = iterator.next() {
            switch token {
            case .word(let word): command.arguments.append(word)
            case .operator(">"), .operator(">>"):
                guard case .word(let file)? = iterator.next() else { return nil }
                command.stdoutFile = file
            case .operator: return nil
            }
        }
        return command
    }
}

/// A POSIX shell's splitting of one line into words and operators: single and double quotes,
/// backslash escapes, `#` comments at the start of a word, and the operators `&& || ; | > >> <`.
/// Nothing is expanded (`$VAR` stays as written).
enum ShellWords {
    enum Token: Equatable {
        case word(String)
        case `operator`(String)

        var text: String {
            switch self {
            case .word(let word): word
            case .operator(let op): op
            }
        }
    }

    static func split(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var inWord = false
        var characters = Array(line)[...]
        func flush() {
            if inWord { tokens.append(.word(word)) }
            word = ""
            inWord = false
        }
        while let character = characters.popFirst() {
            switch character {
            case " ", "\t":
                flush()
            case "#" where !inWord:
                return tokens
            case "'":
                inWord = true
                while let next = characters.popFirst(), next != "'" { word.append(next) }
            case "\"":
                inWord = true
                while let next = characters.popFirst(), next != "\"" {
                    if next == "\\", let escaped = characters.first, "\"\\$`".contains(escaped) {
                        word.append(escaped)
                        characters = characters.dropFirst()
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                inWord = true
                if let next = characters.popFirst() { word.append(next) }
            case "&" where characters.first == "&", "|", ";", ">", "<":
                flush()
                var op = String(character)
                if let next = characters.first, (character == "&" || character == "|" || character == ">"),
                    next == character
                {
                    op.append(next)
                    characters = characters.dropFirst()
                }
                tokens.append(.operator(op))
            default:
                inWord = true
                word.append(character)
            }
        }
        flush()
        return tokens
    }
}

/// Whether a guide's documented output is found in what a command printed: each non-blank
/// documented line must equal a printed line, in order (other printed lines may come between),
/// with « … » standing for any text within the line. What a reader cannot see is ignored: trailing
/// spaces, the byte order mark that starts a CSV output, and the kind of space (the tool writes
/// `66,5 %` and `512 009` with no-break spaces, a guide may use plain ones).
enum DocumentedOutput {
    /// The first documented line that is not found (in order), nil when all are.
    static func firstMissingLine(expected: [String], actual: String) -> String? {
        let printed = actual.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\n").map(visible)
        var position = 0
        for line in expected.map(visible) where !line.isEmpty && line != "…" {
            guard let found = printed[position...].firstIndex(where: { matches(pattern: line, $0) }) else {
                return line
            }
            position = found + 1
        }
        return nil
    }

    /// Whether `line` is `pattern` with each « … » replaced by some text.
    static func matches(pattern: String, _ line: String) -> Bool {
        let pieces = pattern.components(separatedBy: "…")
        guard pieces.count > 1 else { return pattern == line }
        guard line.hasPrefix(pieces[0]), line.hasSuffix(pieces[pieces.count - 1]),
            line.count >= pieces[0].count + pieces[pieces.count - 1].count
        else { return false }
        var rest = line.dropFirst(pieces[0].count).dropLast(pieces[pieces.count - 1].count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    /// The line as a reader sees it: no-break spaces as spaces, no trailing spaces.
    private static func visible(_ line: String) -> String {
        var line = Substring(
            line.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " "))
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return String(line)
    }
}
