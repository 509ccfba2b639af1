import MaSante

// Cells of optional values, for the listings the queries build.
extension Optional where Wrapped == String {
    var cell: Listing.Cell { map(Listing.Cell.text) ?? .null }
}

extension Optional where Wrapped == CalendarDate {
    var cell: Listing.Cell { map(Listing.Cell.date) ?? .null }
}
