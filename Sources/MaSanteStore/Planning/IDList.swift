/// Ids bound as one text parameter and unpacked by the server (`= ANY(string_to_array($1, ',')::bigint[])`),
/// since the wrapper binds scalars only. The text holds digits and commas, nothing else.
struct IDList {
    let text: String

    init(_ ids: some Sequence<Int>) { text = ids.map(String.init).joined(separator: ",") }
}
