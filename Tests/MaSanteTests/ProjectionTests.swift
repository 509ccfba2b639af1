import MaSante
import Testing

@Suite struct ProjectionTests {
    let october = CalendarDate(year: 2026, month: 10, day: 31)!
    let deadline = CalendarDate(year: 2028, month: 3, day: 31)!

    @Test func thePaceIsTheLastTwelveMonthsHiresPerMonth() {
        let projection = Projection.compute(
            hired: 133, hiredInLast12Months: 30, goal: 200, asOf: october, deadline: deadline)
        #expect(projection.monthlyPace == 2.5)
    }

    @Test func theGoalDateIsWhenTheRemainingHiresAreReachedAtThatPace() {
        let projection = Projection.compute(
            hired: 133, hiredInLast12Months: 30, goal: 200, asOf: october, deadline: deadline)
        // 67 remaining at 2.5 a month: 26.8 months, 815.7 days → 816 days later.
        #expect(projection.goalDate == october.adding(days: 816))
        #expect(projection.goalDate == CalendarDate(year: 2029, month: 1, day: 24))
    }

    @Test func theRequiredPaceSpreadsTheRemainingHiresOverTheMonthsLeft() throws {
        let projection = Projection.compute(
            hired: 133, hiredInLast12Months: 30, goal: 200, asOf: october, deadline: deadline)
        let monthsLeft = Double(october.days(until: deadline)) / Projection.daysPerMonth
        #expect(october.days(until: deadline) == 517)
        #expect(try #require(projection.requiredPace) == 67 / monthsLeft)
    }

    @Test func aGoalReachedNeedsNoMorePace() {
        let projection = Projection.compute(
            hired: 210, hiredInLast12Months: 30, goal: 200, asOf: october, deadline: deadline)
        #expect(projection.goalDate == october)
        #expect(projection.requiredPace == 0)
    }

    @Test func noHireInAYearMeansNoGoalDate() {
        let projection = Projection.compute(
            hired: 100, hiredInLast12Months: 0, goal: 200, asOf: october, deadline: deadline)
        #expect(projection.goalDate == nil)
        #expect(projection.monthlyPace == 0)
    }

    @Test func aPassedDeadlineHasNoRequiredPace() {
        let late = CalendarDate(year: 2028, month: 6, day: 1)!
        let projection = Projection.compute(
            hired: 150, hiredInLast12Months: 12, goal: 200, asOf: late, deadline: deadline)
        #expect(projection.requiredPace == nil)
    }
}
