/// The Luhn (mod 10) check shared by RPPS, FINESS and SIRET numbers.
enum Luhn {
    /// Whether the digits, check digit last, pass the check.
    static func isValid(_ digits: [Int]) -> Bool {
        !digits.isEmpty && sum(digits, doublingLast: false) % 10 == 0
    }

    /// The digit to append to `payload` so that the whole passes the check.
    static func checkDigit(_ payload: [Int]) -> Int {
        (10 - sum(payload, doublingLast: true) % 10) % 10
    }

    private static func sum(_ digits: [Int], doublingLast: Bool) -> Int {
        var total = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let doubled = (offset % 2 == 0) == doublingLast
            let value = doubled ? digit * 2 : digit
            total += value > 9 ? value - 9 : value
        }
        return total
    }
}

/// Text helpers shared by the identifier types.
enum IdentifierText {
    /// The text without any space (plain, no-break or narrow no-break), as people group digits.
    static func compact(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    /// The values of an all-ASCII-digit string, else nil.
    static func digits(_ text: some StringProtocol) -> [Int]? {
        var values: [Int] = []
        for character in text {
            guard character.isASCIIDigit, let value = character.wholeNumberValue else { return nil }
            values.append(value)
        }
        return values
    }
}
