import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// The service decides what a user should hear after a write; every surface says it in its own words.
@Suite struct NoticeTests {
    @Test func closingAPlanWithActiveMeasuresIsNoticedAndOtherSavesAreNot() throws {
        let (service, _) = try exampleService()
        let retitled = try service.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
            changes: [("title", .string("Retitled"))], as: officer)
        #expect(retitled.notices.isEmpty)
        let closed = try service.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
            changes: [("status", .string("closed"))], as: officer)
        let active = try service.activeActions(plan: "aldermoor-2023", asOf: fixedClock().date, as: officer)
        #expect(!active.isEmpty, "the example has measures active on the fixture's day")
        #expect(closed.notices == [.closedWithActiveMeasures(plan: "aldermoor-2023", measures: active)])
        #expect(closed.notices.first?.code == "closed_with_active_measures")
    }
}
