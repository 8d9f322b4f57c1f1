package org.localvoice.governance.domain;

/** The text of the demo decision-making procedure, versions 1 and 2 ({@code %s} is the network's name). */
final class DemoProcedureText {

    static final String V1 = """
            ## Who decides

            Relevant decisions of %s are made by its governing group at a meeting with at least two members present.

            ## How we decide

            - The agenda and papers go out a week before the meeting.
            - Anyone with an interest in a matter says so before it is discussed.
            - The decision, its reasons and the names of the members who made it are minuted.

            ## Publication

            We publish each decision and its reasons on our website within ten working days.
            """;

    static final String V2 = """
            ## Who decides

            Relevant decisions of %s are made by its governing group at a meeting with at least **three** members present.

            ## How we decide

            1. The agenda and papers go out a week before the meeting.
            2. Anyone with an interest in a matter declares it; the declaration is recorded with the decision.
            3. A member with a personal or financial interest leaves the meeting for that item and takes no part in the decision.
            4. The decision, its reasons and the names of the members who made it are minuted.

            ## Urgent decisions

            Between meetings, the chair and two other members may make an urgent decision; it is reported to the next meeting.

            ## Publication

            We publish each decision and its reasons on our website within ten working days.
            """;

    private DemoProcedureText() {
    }
}
