import HRAPCore
import HRAPStore

extension HRAPService {
    /// Every framework: the shipped ones, then those imported into the database, in import order.
    public func frameworks(as principal: Principal) throws -> [Framework] {
        return try reading {
            try authorize(principal, .read, .framework)
            return try catalogue.shipped() + (database?.importedFrameworks() ?? [])
        }
    }

    /// The framework `ID` (its latest version) or `ID@VERSION`.
    public func framework(_ reference: String, as principal: Principal) throws -> Framework {
        return try reading {
            try FrameworkCatalogue.find(reference, in: try frameworks(as: principal))
        }
    }

    /// Imports a framework file as an immutable version; false when that version was imported already.
    ///
    /// - Throws: `ServiceError.shippedFramework` for a version that ships with hrap.
    public func importFramework(_ framework: Framework, as principal: Principal) throws -> Bool {
        return try writing {
            try authorize(principal, .write, .framework)
            if try catalogue.shipped().contains(where: { $0.id == framework.id && $0.version == framework.version }) {
                throw ServiceError.shippedFramework(framework.label)
            }
            return try store.importFramework(framework, by: author(principal))
        }
    }

    /// The framework a stored round rates against.
    func framework(of round: Assessment, as principal: Principal) throws -> Framework {
        try framework("\(round.framework)@\(round.frameworkVersion)", as: principal)
    }
}
