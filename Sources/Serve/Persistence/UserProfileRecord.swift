/// A user with what its profile shows besides the user row: the organization's name and the
/// usage counters. Read in one statement (`UserRepository.profile`).
struct UserProfileRecord: Sendable, Equatable {
    var user: UserRecord
    var organizationName: String
    var statistics: UserStatistics
}
