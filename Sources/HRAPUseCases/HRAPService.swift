import HRAPCore
import HRAPStore
import Hashing

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
    /// Failed sign-ins, by address and by what was presented.
    let throttle = SignInThrottle()
    /// What a new password must be, and how it is hashed.
    public let passwords: PasswordPolicy

    /// Creates the service over an open store.
    public init(
        store: PlanStore?, policy: any AccessPolicy = AllowAll(), catalogue: FrameworkCatalogue,
        passwords: PasswordPolicy = PasswordPolicy(), clock: @escaping @Sendable () -> Timestamp
    ) {
        self.database = store
        self.policy = policy
        self.catalogue = catalogue
        self.passwords = passwords
        self.clock = clock
    }

    /// How a surface may use the database file.
    public enum OpenMode: Sendable {
        /// Read an existing hrap database; never create, migrate or change it.
        case read
        /// Read and write; create the file if it is missing and migrate an older schema.
        case write
    }

    /// Opens the database at `path` for reading (never creating or migrating it) or writing.
    /// `busyTimeoutMilliseconds` is how long a write waits for another process's write (a server answers sooner).
    public static func open(
        path: String, mode: OpenMode, policy: any AccessPolicy = AllowAll(), catalogue: FrameworkCatalogue,
        passwords: PasswordPolicy = PasswordPolicy(),
        busyTimeoutMilliseconds: Int32 = PlanStore.busyTimeoutMilliseconds, clock: @escaping @Sendable () -> Timestamp
    ) throws -> HRAPService {
        let store: PlanStore
        do {
            store = try PlanStore(
                path: path, mode: mode == .read ? .read : .write, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        } catch {
            throw ServiceError.translating(error)
        }
        return HRAPService(
            store: store, policy: policy, catalogue: catalogue, passwords: passwords, clock: clock)
    }

    /// Closes the database, so it is whole in its one file before the process ends (a server calls it on stopping,
    /// after the last request); every use case fails afterwards.
    public func close() {
        database?.close()
    }

    /// Runs a use case that only reads in one read transaction: its authorization and every read it makes see the
    /// same snapshot. Without a database (frameworks, the schema), `body` runs alone.
    func reading<T>(_ body: () throws -> T) throws -> T {
        do {
            guard let database else { return try body() }
            return try database.read(body)
        } catch {
            throw ServiceError.translating(error)
        }
    }

    /// Runs a use case that writes in one write transaction: authorize, check, write and audit on one snapshot, all
    /// committed or none.
    func writing<T>(_ body: () throws -> T) throws -> T {
        do { return try store.write(body) } catch { throw ServiceError.translating(error) }
    }

    /// How many transactions the store has begun: what a test counts to prove that a use case is one transaction.
    package var transactionsBegun: Int { database?.transactionsBegun ?? 0 }

    /// The store, or the error of a database that does not exist.
    var store: PlanStore {
        get throws {
            guard let database else { throw StoreError.missingDatabase("the database") }
            return database
        }
    }

    /// Throws ``ServiceError/forbidden(principal:request:)`` unless the policy permits the request. A plan the principal
    /// may not even read is reported as not found, so that its existence is not revealed. Returns what the store says
    /// of the plan, when the policy asked for it.
    @discardableResult
    func authorize(
        _ principal: Principal, _ verb: AccessRequest.Verb, _ resource: AccessRequest.Resource, plan: String? = nil,
        owner: String? = nil, reviewer: String? = nil, roundReviewers: Set<String>? = nil
    ) throws -> PlanAccessContext? {
        var request = AccessRequest(verb, resource, plan: plan, owner: owner, reviewer: reviewer)
        request.roundReviewers = roundReviewers
        if let plan, policy.needsPlanContext {
            request.context = try store.accessFacts(plan: plan).map(PlanAccessContext.init)
            if request.context == nil, !(verb == .write && resource == .plan) {
                throw StoreError.notFound(entity: "plan", code: plan, known: [])
            }
        }
        guard policy.permits(principal, request) else {
            if let plan, let context = request.context,
                !policy.permits(principal, AccessRequest(.read, .plan, plan: plan, context: context))
            {
                // A plan the principal may not read answers as a missing one would: refused when the request would
                // be refused without the plan, else not found.
                var missing = request
                missing.context = nil
                if verb == .write, resource == .plan, !policy.permits(principal, missing) {
                    throw ServiceError.forbidden(principal: principal.name, request: missing)
                }
                throw StoreError.notFound(entity: "plan", code: plan, known: [])
            }
            throw ServiceError.forbidden(principal: principal.name, request: request)
        }
        return request.context
    }

    /// Throws unless the principal may make a write of this kind, on this plan, at all: what a surface asks before
    /// it reads or checks a request's body. A plan it may not read is not found; the use case decides the rest.
    /// Rating sheets and recommendations are judged against the reviewers invited to any of the plan's rounds (the use
    /// case then asks for the round's own).
    public func mayWrite(_ resource: AccessRequest.Resource, plan: String?, as principal: Principal) throws {
        try reading {
            guard resource == .rating || resource == .recommendation else {
                try authorize(principal, .write, resource, plan: plan)
                return
            }
            let context = try plan.map { try authorize(principal, .read, .assessment, plan: $0) } ?? nil
            var request = AccessRequest(.write, resource, plan: plan, reviewer: principal.reviewer, context: context)
            request.roundReviewers = context?.reviewers
            guard policy.permits(principal, request) else {
                throw ServiceError.forbidden(principal: principal.name, request: request)
            }
        }
    }

    /// Which plans `principal` may name as a predecessor: those it may write, since naming one changes that plan's
    /// figures. Judged by the store inside the write's transaction.
    func namingRule(_ principal: Principal) -> PlanReferenceRule {
        let policy = self.policy
        return { access in
            let request = AccessRequest(.write, .plan, plan: access.code, context: PlanAccessContext(access))
            return policy.permits(principal, request)
        }
    }

    /// Authorizes reading a plan's data and says whether the principal may see its private values too (one look at
    /// the plan for both questions).
    func authorizeRead(_ principal: Principal, _ resource: AccessRequest.Resource, plan: String) throws -> Bool {
        let context = try authorize(principal, .read, resource, plan: plan)
        return policy.permits(principal, AccessRequest(.read, .privateValues, plan: plan, context: context))
    }

    /// Whether the access policy lets the principal do this with a plan: what the surfaces ask before offering a form.
    public func allows(
        _ principal: Principal, _ verb: AccessRequest.Verb, _ resource: AccessRequest.Resource, plan: String
    ) throws -> Bool {
        return try reading {
            do {
                _ = try authorize(principal, verb, resource, plan: plan)
                return true
            } catch ServiceError.forbidden {
                return false
            }
        }
    }

    /// The authorship of a write made now by `principal`.
    func author(_ principal: Principal) -> Authorship {
        Authorship(actor: principal.name, time: clock())
    }

    /// The schema version of the open database and the one this hrap writes.
    public func schemaVersion(as principal: Principal) throws -> (found: Int, current: Int) {
        return try reading {
            try authorize(principal, .read, .database)
            return (try store.schemaVersion(), PlanStore.currentSchemaVersion)
        }
    }
}

extension HRAPService {
    /// A consistent single-file copy of the database at `path`, taken while others read and write.
    public func backup(to path: String, as principal: Principal) throws {
        try reading {
            try authorize(principal, .read, .database)
            try store.backup(to: path)
        }
    }

    /// Everything `check` finds wrong: integrity, foreign keys, unaudited rows, ambiguous versions; empty when sound.
    public func check(as principal: Principal) throws -> [CheckFinding] {
        return try reading {
            try authorize(principal, .read, .database)
            return try store.check()
        }
    }
}
