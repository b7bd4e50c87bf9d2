import HRAPCore
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31"])
    func acceptsRealDays(text: String) {
        #expect(CalendarDate(text)?.description == text)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "24-01-01", "2024-01-01T00:00:00Z",
        "2024/01/01", "", "0000-01-01",
    ])
    func refusesAnythingElse(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func countsDaysAcrossLeapYearsAndTheEpoch() throws {
        let date = try #require(CalendarDate("2024-03-01"))
        #expect(date.daysSince1970 == 19_783)
        #expect(CalendarDate(daysSince1970: 19_783) == date)
        #expect(date.adding(days: -1).description == "2024-02-29")
        #expect(CalendarDate(daysSince1970: -1).description == "1969-12-31")
        #expect(try #require(CalendarDate("2023-01-01")).days(until: date) == 425)
    }

    @Test func ordersChronologically() throws {
        #expect(try #require(CalendarDate("2023-12-31")) < #require(CalendarDate("2024-01-01")))
    }
}

@Suite struct TimestampTests {
    @Test func parsesAndFormatsUTC() throws {
        let stamp = try #require(Timestamp("2024-08-19T14:05:09Z"))
        #expect(stamp.description == "2024-08-19T14:05:09Z")
        #expect(stamp.date.description == "2024-08-19")
        #expect(Timestamp(secondsSince1970: 0).description == "1970-01-01T00:00:00Z")
    }

    @Test(arguments: [
        "2024-08-19T24:00:00Z", "2024-08-19 14:05:09Z", "2024-08-19T14:05:09", "2024-08-19T14:05:09+02:00",
        "2024-02-30T00:00:00Z",
    ])
    func refusesOtherForms(text: String) {
        #expect(Timestamp(text) == nil)
    }
}
