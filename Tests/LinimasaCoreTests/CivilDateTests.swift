import LinimasaCore
import Testing

@Suite struct CivilDateTests {
  @Test func validatesParts() {
    #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2023, month: 13) == nil)
    #expect(CivilDate(year: 2023, day: 4) == nil)
    #expect(CivilDate(year: 0) == nil)
  }

  @Test func formatsAtItsPrecision() throws {
    #expect(try #require(CivilDate(year: 2023, month: 12, day: 4)).iso == "2023-12-04")
    #expect(try #require(CivilDate(year: 2023, month: 7)).iso == "2023-07")
    #expect(try #require(CivilDate(year: 2022)).iso == "2022")
  }

  @Test func parsesISOAndTimestamps() {
    #expect(CivilDate(iso: "2023-12-01")?.iso == "2023-12-01")
    #expect(CivilDate(iso: "2023-12-01T10:00:00+07:00")?.iso == "2023-12-01")
    #expect(CivilDate(iso: "2023-12")?.precision == .month)
    #expect(CivilDate(iso: "2023")?.precision == .year)
    #expect(CivilDate(iso: "2023-13-01") == nil)
    #expect(CivilDate(iso: "20231201") == nil)
    #expect(CivilDate(iso: "2023-12-01x") == nil)
  }

  @Test func knowsWeekdays() {
    // Monday, 4 December 2023; Saturday, 2 December 2023.
    #expect(CivilDate(year: 2023, month: 12, day: 4)?.weekday == 1)
    #expect(CivilDate(year: 2023, month: 12, day: 2)?.weekday == 6)
    #expect(CivilDate(year: 1970, month: 1, day: 1)?.weekday == 4)
  }

  @Test func dayNumbersRoundTrip() throws {
    for days in [-700_000, -1, 0, 1, 19_695, 60_000] {
      let date = try #require(CivilDate(dayNumber: days))
      #expect(date.dayNumber == days)
    }
  }

  @Test func sortsCoarserDatesFirst() throws {
    let month = try #require(CivilDate(year: 2023, month: 11))
    let day = try #require(CivilDate(year: 2023, month: 11, day: 1))
    let year = try #require(CivilDate(year: 2023))
    #expect([day, month, year].sorted() == [year, month, day])
  }
}
