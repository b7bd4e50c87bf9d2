/// SHA-256 (FIPS 180-4, section 6.2): a streaming hash over bytes.
public struct SHA256: Sendable {
    /// FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The length of a digest in bytes.
    public static let digestSize = 32
    /// The length of a block in bytes.
    public static let blockSize = 64

    /// FIPS 180-4 section 5.3.3: the initial hash value.
    private(set) var state = SIMD8<UInt32>(
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// Starts a new hash.
    public init() {
        pending.reserveCapacity(Self.blockSize)
    }

    /// The digest of `bytes`.
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Adds bytes to the message.
    public mutating func update<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes {
            pending.append(byte)
            length &+= 1
            if pending.count == Self.blockSize {
                compress(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The digest of everything added (section 5.1.1 padding: a one bit, zeros, the length in bits).
    public mutating func finalize() -> [UInt8] {
        let bits = length &* 8
        var tail = pending + [0x80]
        while tail.count % Self.blockSize != 56 { tail.append(0) }
        for shift in stride(
            from: 56, through: 0,
            by: -8)
        { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        for start in stride(from: 0, to: tail.count, by: Self.blockSize) {
            compress(tail[start..<start + Self.blockSize])
        }
        pending.removeAll()
        return Self.bytes(state)
    }

    /// The eight words of a state as the 32 bytes of a digest.
    static func bytes(_ state: SIMD8<UInt32>) -> [UInt8] {
        (0..<8).flatMap { index in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: state[index] >> UInt32($0)) } }
    }

    /// The state after the message so far and 32 last bytes given as eight words, when exactly one block has been
    /// hashed so far (the inner and outer hashes of HMAC on a 32-byte message, as PBKDF2's rounds need them): one
    /// compression of a block built on the stack, no allocation. Nil in any other state.
    func state(afterOneBlockAnd last: SIMD8<UInt32>) -> SIMD8<UInt32>? {
        guard pending.isEmpty, length == UInt64(Self.blockSize) else { return nil }
        var state = self.state
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            for index in 0..<8 { schedule[index] = last[index] }
            schedule[8] = 0x8000_0000
            for index in 9..<15 { schedule[index] = 0 }
            // 96 bytes in all: 768 bits.
            schedule[15] = 768
            Self.compress(&state, schedule: schedule)
        }
        return state
    }

    /// Section 6.2.2: one block into the state (the message schedule on the stack, not a new array per block).
    private mutating func compress<Block: RandomAccessCollection<UInt8>>(_ block: Block) where Block.Index == Int {
        let base = block.startIndex
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            for t in 0..<16 {
                schedule[t] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(block[base + t * 4 + $1]) }
            }
            Self.compress(&state, schedule: schedule)
        }
    }

    /// Section 6.2.2 from a schedule whose first 16 words hold the block: extends the schedule and runs the rounds.
    static func compress(_ state: inout SIMD8<UInt32>, schedule: UnsafeMutableBufferPointer<UInt32>) {
        for t in 16..<64 {
            let s0 = rotate(schedule[t - 15], 7) ^ rotate(schedule[t - 15], 18) ^ (schedule[t - 15] >> 3)
            let s1 = rotate(schedule[t - 2], 17) ^ rotate(schedule[t - 2], 19) ^ (schedule[t - 2] >> 10)
            schedule[t] = schedule[t - 16] &+ s0 &+ schedule[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        roundConstants.withUnsafeBufferPointer { constants in
            for t in 0..<64 {
                let sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ sum1 &+ choice &+ constants[t] &+ schedule[t]
                let sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ sum0 &+ majority)
            }
        }
        state &+= SIMD8(a, b, c, d, e, f, g, h)
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}
