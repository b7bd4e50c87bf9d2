import Foundation
import HRAPCore
import HTTPServing
import JSONCoding
import Testing

@testable import HRAPServer

/// Every operation of the route table × every role × a plan of the officer's own government and of another's × a
/// published and an unpublished plan, against one table of who may do what. A route without a row fails; a refused
/// request answers exactly its status, as a problem that names nothing of the plan, an unpublished plan exactly as a
/// missing one, and writes nothing. Bodies are empty on purpose: rights are decided before a body is read.
@Suite(.serialized) struct AuthorizationMatrixTests {
    /// Who may make a request of an operation.
    enum Access {
        /// Anyone, without a token.
        case open
        /// Anyone with a token.
        case anyToken
        /// Anyone with a token on a published plan; on an unpublished one, its government's officers and admins.
        case planRead
        /// The plan's government's officers and admins (private values, approvals, spreadsheets of progress).
        case planPrivate
        /// The plan's government's officers and admins.
        case planWrite
        /// The reviewers invited to the round, and admins.
        case rating
        /// The plan's government's officers, the reviewers invited to the round (in their own name), and admins.
        case recommendation
        /// The government's own officers and admins.
        case ownGovernment
        /// Any officer (for their own government, as the body says) and admins.
        case anyOfficer
        /// A plan by its code: its government's officers and admins; a viewer or reviewer, who may write no plan at
        /// all, is refused whether the plan exists or not.
        case planByCode
        /// Admins only.
        case admin
    }

    /// The one table: every operation of the API and who may make it.
    static let table: [String: Access] = {
        var table: [String: Access] = [
            "openAPI": .open, "health": .open,
            "listGovernments": .anyToken, "getGovernment": .anyToken, "listPlans": .anyToken,
            "listFrameworks": .anyToken, "getFramework": .anyToken,
            "createGovernment": .admin, "updateGovernment": .ownGovernment,
            "createPlan": .anyOfficer, "getPlan": .planRead, "updatePlan": .planByCode,
            // An empty plan file names no government, so only an admin may import it.
            "importPlan": .admin,
            "listMeasurements": .planRead, "indicatorHistory": .planRead, "listProgressUpdates": .planRead,
            "exportPlan": .planRead, "score": .planRead, "listSnapshots": .planRead, "progress": .planRead,
            "due": .planRead, "listRounds": .planRead, "getRound": .planRead,
            "exportSheet": .planPrivate, "listSubmissions": .planPrivate, "getSubmission": .planPrivate,
            "approveSubmission": .planWrite, "rejectSubmission": .planWrite, "setBudgetLine": .planWrite,
            "setNotApplicable": .planWrite, "citeStandard": .planWrite, "recordMeasurement": .planWrite,
            "recordProgressUpdate": .planWrite, "importSheet": .planWrite, "saveSnapshot": .planWrite,
            "openRound": .planWrite, "inviteReviewer": .planWrite, "closeRound": .planWrite, "reopenRound": .planWrite,
            "recommend": .recommendation, "respond": .planWrite,
            "rate": .rating, "submitSheet": .rating, "listNarratives": .planRead, "recordNarrative": .planWrite,
            "listCommitments": .planRead, "recordCommitment": .planWrite,
            "importFramework": .admin, "audit": .admin, "listTokens": .admin, "createToken": .admin,
            "revokeToken": .admin,
        ]
        for record in [
            "OrgUnit", "Standard", "FieldOfAction", "Objective", "Action", "Indicator", "ParticipationEvent", "Body",
            "ProgressReport", "Evaluation",
        ] {
            table["get" + record] = .planRead
            table["create" + record] = .planWrite
            table["update" + record] = .planWrite
        }
        for list in [
            "listOrgUnits", "listStandards", "listFieldOfActions", "listObjectives", "listActions", "listIndicators",
            "listParticipationEvents", "listBodies", "listProgressReports", "listEvaluations", "listBudgetLines",
            "listNotApplicables",
        ] {
            table[list] = .planRead
        }
        return table
    }()

    /// Roles: admin, an officer of Aldermoor (whose plans these are), an officer of Hainbach, a reviewer invited to
    /// Aldermoor's round, a viewer, and no token.
    static let roles = ["admin", "officer", "otherOfficer", "reviewer", "viewer", "none"]
    /// Aldermoor's published plan and its unpublished draft.
    static let plans = [(code: "aldermoor-2023", published: true), (code: "aldermoor-draft", published: false)]
    static let draftTitle = "Draft successor plan"

    /// The refusal a role gets, or nil where it is allowed.
    static func refusal(_ access: Access, role: String, published: Bool) -> Int? {
        if role == "none" { return access == .open ? nil : 401 }
        let owner = role == "admin" || role == "officer"
        let hidden = published ? 403 : 404
        switch access {
        case .open, .anyToken: return nil
        case .admin: return role == "admin" ? nil : 403
        case .anyOfficer: return ["admin", "officer", "otherOfficer"].contains(role) ? nil : 403
        case .ownGovernment: return owner ? nil : 403
        case .planRead: return owner || published ? nil : 404
        case .planPrivate, .planWrite: return owner ? nil : hidden
        case .planByCode: return owner ? nil : role == "otherOfficer" ? hidden : 403
        case .rating:
            if role == "admin" || (role == "reviewer" && published) { return nil }
            return role == "officer" ? 403 : hidden
        case .recommendation: return owner || (role == "reviewer" && published) ? nil : hidden
        }
    }

    @Test func everyRouteHasARow() {
        let missing = APIRoutes.all().map(\.operationID).filter { Self.table[$0] == nil }
        #expect(missing.isEmpty, "routes without a row: \(missing)")
    }

    @Test func everyRouteRoleOwnershipAndPublicationIsDecidedAsTheTableSays() throws {
        let fixture = try APIFixture()
        for route in APIRoutes.all() {
            let access = try #require(Self.table[route.operationID], "\(route.operationID)")
            let onPlan = route.pattern.description.contains("{plan}") || route.operationID.hasSuffix("Plan")
            for plan in onPlan ? Self.plans : [Self.plans[0]] {
                for role in Self.roles {
                    try check(route, plan: plan, role: role, access: access, fixture)
                }
            }
        }
    }

    private func check(
        _ route: APIRoute, plan: (code: String, published: Bool), role: String, access: Access, _ fixture: APIFixture
    ) throws {
        let path = Self.path(route, plan: plan.code)
        let before = try fixture.auditRows()
        let response = call(route, path, role: role, fixture)
        let cell = "\(role) \(route.method) \(path)"
        guard let refusal = Self.refusal(access, role: role, published: plan.published) else {
            #expect(![401, 403].contains(response.status) && response.status < 500, "\(cell) → \(response.status)")
            #expect(!response.body.contains("no plan '\(plan.code)'"), "\(cell) found its plan")
            return
        }
        #expect(response.status == refusal, "\(cell) → \(response.status): \(response.body.prefix(200))")
        #expect(response.header("Content-Type") == "application/problem+json", "\(cell)")
        #expect(!response.body.contains(Self.draftTitle), "\(cell) names nothing of the plan")
        #expect(try fixture.auditRows() == before, "\(cell) wrote nothing")
        if refusal == 404 {
            let missing = call(route, Self.path(route, plan: "no-such-plan"), role: role, fixture)
            #expect(missing.status == 404, "\(cell): a missing plan is not found too")
            #expect(
                response.body.replacing(plan.code, with: "no-such-plan") == missing.body,
                "\(cell) answers as a missing plan would")
        }
    }

    private func call(_ route: APIRoute, _ path: String, role: String, _ fixture: APIFixture) -> APIResponse {
        let body: String? =
            switch route.body {
            case .csv: "indicator,date,value\n"
            case .json: "{}"
            case nil: route.method == "GET" || route.method == "DELETE" ? nil : ""
            }
        let contentType = if case .csv = route.body { "text/csv" } else { "application/json" }
        return fixture.call(
            route.method, path, as: role == "none" ? nil : role, body: body, contentType: contentType)
    }

    /// The route's path with its parameters filled: the plan, a record code that does not exist (rights are decided
    /// before a record is looked up), the round m.kovac reviews, and the like.
    static func path(_ route: APIRoute, plan: String) -> String {
        let planByCode = route.pattern.description.hasPrefix("/api/v1/plans/{code}")
        let values: [String: String] = [
            "plan": plan,
            "code": planByCode ? plan : route.pattern.description.contains("governments") ? "GB-aldermoor" : "x",
            "id": "1", "kind": "measurements", "round": "peer-2025", "framework": "hrgl-2024", "name": "nobody",
        ]
        var path = route.pattern.description
        for (name, value) in values { path = path.replacing("{\(name)}", with: value) }
        return path
    }
}

/// The API's routes cover every section of a plan the core declares.
@Suite struct SectionRouteTests {
    @Test func everySectionOfAPlansStructureHasRoutesAndProgressHasItsOwn() {
        let structure = PlanFile.recordSections.filter { !$0.isAppendOnly }.map { $0.collection }
        #expect(Set(APIRoutes.sectionPaths.map { $0.type.collection }) == Set(structure))
        #expect(APIRoutes.sectionPaths.count == structure.count, "one row per section")
        let operations = Set(APIRoutes.all().map(\.operationID))
        #expect(operations.isSuperset(of: ["listMeasurements", "recordMeasurement", "listProgressUpdates"]))
    }
}
