/// A scalar of the file together with the key it was found under, so that messages can name it
/// ("expected a number for 'threshold', got 'high'"). List items carry the list's key.
struct RawScalar {
    var key: String
    var text: String
    var location: SourceLocation
}
