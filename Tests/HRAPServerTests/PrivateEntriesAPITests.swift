import Foundation
import HRAPCore
import HRAPUseCases
import TestSupport
import Testing

/// The API's side of "a published figure is reproducible from the published data": for a viewer, a reviewer and
/// another government's officer, the same plans with and without private entries answer byte-identically; the
/// plan's officers get the published card by default and the internal one, labelled, when they ask.
@Suite(.serialized) struct PrivateEntriesAPITests {
    @Test func theAPIForWhoMayNotSeePrivateValuesIgnoresThem() throws {
        let plain = try APIFixture(), withPrivate = try APIFixture()
        try PrivateEntries.add(to: withPrivate.service)
        let api = "/api/v1/plans/aldermoor-2023"
        let paths = [
            api, api + "/score?as_of=2026-01-15", api + "/progress?as_of=2026-01-15", api + "/due?as_of=2026-01-15",
            api + "/file", api + "/measurements?indicator=1.1.b", api + "/indicators/1.1.b/history",
            api + "/progress-updates?action=1.1.1", api + "/actions/1.1.1",
        ]
        for role in ["viewer", "reviewer", "otherOfficer"] {
            for path in paths {
                let (left, right) = (plain.call("GET", path, as: role), withPrivate.call("GET", path, as: role))
                #expect(left.status == 200, "\(role) \(path): \(left.status) \(left.body.prefix(200))")
                #expect(left.body == right.body, "\(role) \(path) differs with private entries")
            }
        }
        let published = withPrivate.call("GET", api + "/score?as_of=2026-01-15", as: "officer")
        let internalCard = withPrivate.call("GET", api + "/score?as_of=2026-01-15&include_private=true", as: "officer")
        #expect(
            published.body == plain.call("GET", api + "/score?as_of=2026-01-15", as: "officer").body,
            "the default card is the published one, for officers too")
        #expect(internalCard.status == 200 && internalCard.body.contains("\"values\":\"including_private\""))
        #expect(internalCard.body != published.body, "the internal card counts the private entries")
        #expect(withPrivate.call("GET", api + "/score?include_private=true", as: "viewer").status == 403)
        #expect(
            withPrivate.call("GET", api + "/progress?as_of=2026-01-15", as: "officer").body
                .contains("\"values\":\"including_private\""), "an officer's internal progress says so")
    }
}
