import HRAPCore
import HRAPStore

/// Every use case of hrap, shared by the command line and the HTTP service.
///
/// Each call takes the ``Principal`` who makes it, asks the ``AccessPolicy`` before touching data, runs in one
/// store transaction, and returns typed results for the surface to render. Nothing here parses arguments or prints.
public final class HRAPService: Sendable {
    /// The store; nil when the database file does not exist and the surface asked only to read (frameworks, schema).
    let database: PlanStore?
    /// Decides who may do what.
    public let policy: any AccessPolicy
    /// The shipped frameworks.
    public let catalogue: FrameworkCatalogue
    /// Reads the time of writes; only the surfaces read the clock, through this.
    let clock: @Sendable () -> Timestamp

    /// Creates the service over an open store.
    public init(
        store: PlanStore?, policy: any AccessPolicy = AllowAll(), catalogue: FrameworkCatalogue,
        clock: @escaping @Sendable () -> Timestamp
    ) {
        self.database = store
        self.policy = policy
        self.catalogue = catalogue
        self.clock = clock
    }

    /// Opens the database at `path` for reading (never creating or migrating it) or writing.
    public static func open(
        path: String, mode: PlanStore.OpenMode, policy: any AccessPolicy = AllowAll(), catalogue: FrameworkCatalogue,
        clock: @escaping @Sendable () -> Timestamp
    ) throws -> HRAPService {
        HRAPService(store: try PlanStore(path: path, mode: mode), policy: policy, catalogue: catalogue, clock: clock)
    }

    /// The store, or the error of a database that does not exist.
    var store: PlanStore {
        get throws {
            guard let database else { throw StoreError.missingDatabase("the database") }
            return database
        }
    }

    /// Throws ``ServiceError/forbidden(principal:request:)`` unless the policy permits the request.
    func authorize(_ principal: Principal, _ verb: AccessRequest.Verb, _ resource: AccessRequest.Resource, plan: String? = nil) throws {
        let request = AccessRequest(verb, resource, plan: plan)
        guard policy.permits(principal, request) else {
            throw ServiceError.forbidden(principal: principal.name, request: request)
        }
    }

    /// The authorship of a write made now by `principal`.
    func author(_ principal: Principal) -> Authorship {
        Authorship(actor: principal.name, time: clock())
    }

    /// The schema version of the open database and the one this hrap writes.
    public func schemaVersion(as principal: Principal) throws -> (found: Int, current: Int) {
        try authorize(principal, .read, .database)
        return (try store.schemaVersion(), PlanStore.currentSchemaVersion)
    }
}

extension HRAPService {
    /// A consistent single-file copy of the database at `path`, taken while others read and write.
    public func backup(to path: String, as principal: Principal) throws {
        try authorize(principal, .read, .database)
        try store.backup(to: path)
    }

    /// Everything `check` finds wrong: integrity, foreign keys, unaudited rows, ambiguous versions; empty when sound.
    public func check(as principal: Principal) throws -> [CheckFinding] {
        try authorize(principal, .read, .database)
        return try store.check()
    }
}
