extension HeaderPreset {
    /// Plain English and German column names for any CSV of people records, for the generic
    /// link stage (a customer list, a register).
    ///
    /// Only columns with a canonical field are listed; anything else can be mapped under
    /// `columns:`.
    public static let genericPeople = HeaderPreset(
        name: "generic_people",
        displayName: "Generic people list",
        role: .people,
        aliases: [
            .recordID: ["ID", "Record ID", "Customer ID", "Nr", "Nummer", "Datensatz-ID",
                        "Kundennummer", "Kunden-Nr"],
            .firstName: ["First Name", "Firstname", "Given Name", "Forename", "Vorname"],
            .lastName: ["Last Name", "Lastname", "Surname", "Family Name", "Nachname", "Familienname"],
            .fullName: ["Name", "Full Name", "Vollständiger Name"],
            .salutation: ["Salutation", "Anrede"],
            .email: ["Email", "E-Mail", "Email Address", "E-Mail-Adresse", "Mail"],
            .phone: ["Phone", "Phone Number", "Telephone", "Tel", "Telefon", "Telefonnummer"],
            .mobilePhone: ["Mobile", "Mobile Phone", "Cell", "Cell Phone", "Handy", "Mobil",
                           "Mobiltelefon", "Mobilnummer", "Handynummer"],
            .company: ["Company", "Company Name", "Organization", "Organisation", "Employer",
                       "Firma", "Firmenname", "Unternehmen", "Arbeitgeber"],
            .jobTitle: ["Job Title", "Position", "Jobtitel", "Berufsbezeichnung", "Funktion"],
            .country: ["Country", "Land"],
            .createdAt: ["Created", "Created At", "Created Date", "Erstellt am", "Erstelldatum"],
            .dateOfBirth: ["Date of Birth", "Birth Date", "Birthdate", "DOB", "Born", "Geburtsdatum",
                           "Geboren am", "Geb.-Datum", "Geburtstag"],
            .street: ["Street", "Address", "Street Address", "Address Line 1", "Straße", "Strasse",
                      "Anschrift", "Adresse", "Straße und Hausnummer"],
            .postalCode: ["Postal Code", "Postcode", "ZIP", "Zip Code", "PLZ", "Postleitzahl"],
            .city: ["City", "Town", "Ort", "Stadt", "Wohnort"],
        ]
    )
}
