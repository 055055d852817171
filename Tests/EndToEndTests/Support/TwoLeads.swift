import Foundation

/// Two people of the sample data, cut down to their own rows, for tests that run `leadrecon`
/// several times: Ingrid Åberg, a hand-raiser handed off on Friday 27.11. at 17:36 and not touched
/// (PENDING at the sample's `as_of`, IGNORED once Monday morning's working hour has passed), and
/// Carolin Horn, an MQL of 23.11. that never reached the CRM (LEAKED_MQL at both instants). The
/// link model is the default pipeline's golden one, so the tiny input trains nothing.
enum TwoLeads {
    static let contacts = """
        Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Contact owner,Lifecycle Stage,Lead Status,Company Name,Job Title,Country/Region,Original Source,HubSpot Score,Create Date,Became a Marketing Qualified Lead Date,Last Activity Date,Marketing contact status
        54658077305,Ingrid,Åberg,i.aberg@initech-systems.se,,,Matthias Brenner,Marketing Qualified Lead,Open,Initech Systems AB,Head of IT,Sweden,Organic Search,75,2026-11-27 17:32,2026-11-27 17:32,,Marketing contact
        53350130550,Carolin,Horn,c.horn@schaefer-werkzeugbau.de,+493413810658,,,Marketing Qualified Lead,New,Schäfer Werkzeugbau GmbH,Bereichsleiterin Finanzen,Germany,Paid Search,85,2026-06-09 13:14,2026-11-23 12:14,,Marketing contact
        53350130551,"Broken ""row",x@broken.example

        """

    static let leads = """
        "Id","FirstName","LastName","Email","Company","Phone","MobilePhone","Title","Country","Status","LeadSource","Rating","OwnerId","CreatedDate","LastModifiedDate","IsConverted","ConvertedDate","Owner_Assigned_Date__c","Unqualified_Reason__c","Description"
        "00Q5g000007tHXjEAM","Ingrid","Åberg","i.aberg@initech-systems.se","Initech Systems AB","0046 834 87765","","Head of IT","Sweden","Open - Not Contacted","Kontaktformular","Cold","0055g00000JbQr7AAF","2026-11-27T16:36:27.000+0000","2026-11-27T16:36:27.000+0000","false","","2026-11-27T16:36:27.000+0000","",""

        """

    static let tasks = """
        "Id","WhoId","OwnerId","Subject","ActivityDate","Status","Priority","Type","TaskSubtype","CallDisposition","CreatedDate","CompletedDateTime","Description"

        """

    /// The e-mail addresses in the inputs, for tests that look for them in outputs.
    static let emails = ["i.aberg@initech-systems.se", "c.horn@schaefer-werkzeugbau.de", "x@broken.example"]

    /// The sample's `as_of` (Ingrid PENDING) and Monday 09:00 (Ingrid IGNORED).
    static let friday = "2026-11-27T18:00:00+01:00"
    static let monday = "2026-11-30T09:00:00+01:00"

    /// Writes the inputs and a pipeline over them into `scratch`; returns the pipeline's path.
    /// `outputs` is one more `outputs:` setting (`key: value`).
    static func write(into scratch: Scratch, outputs: String = "") throws -> String {
        let contacts = try scratch.write("inputs/contacts.csv", Self.contacts)
        let leads = try scratch.write("inputs/leads.csv", Self.leads)
        let tasks = try scratch.write("inputs/tasks.csv", Self.tasks)
        let model = packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden/default/model.json").path
        return try scratch.write("pipeline.yaml", """
            version: 1
            name: two-leads
            as_of: \(friday)
            sources:
              - {name: hubspot, role: marketing, path: "\(contacts)", preset: hubspot_contacts}
              - {name: salesforce, role: crm_leads, path: "\(leads)", preset: salesforce_lead_api, time_zone: UTC}
              - {name: salesforce_tasks, role: crm_activities, path: "\(tasks)", preset: salesforce_task_api}
            stages: [ingest, normalize, link, flag, report]
            ingest: {max_reject_ratio: 0.5}
            link: {model: "\(model)"}
            calendar: {time_zone: Europe/Berlin, hours: "Mon-Fri 08:00-18:00", holidays: {country: DE, state: BE}}
            outputs:
              dir: out
              \(outputs)
            """)
    }
}
