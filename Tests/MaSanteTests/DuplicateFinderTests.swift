import MaSante
import Testing

@Suite struct DuplicateFinderTests {
    @Test func aRepeatedKeyGivesTheLineThatFirstHadIt() {
        var finder = DuplicateFinder<String>()
        #expect(finder.check("10005173140", line: 2) == nil)
        #expect(finder.check("10002727377", line: 3) == nil)
        #expect(finder.check("10005173140", line: 7) == 2)
        #expect(finder.check("10005173140", line: 9) == 2)
    }
}
