package org.localvoice.feedback.web;

import java.io.Serial;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.localvoice.feedback.ViewChannel;
import org.springframework.validation.Errors;

/** A view taken by staff (outreach, phone, paper, e-mail, event): the public questions plus how and when it came in. */
public class StaffViewForm extends ViewForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private String channel;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;

    void validateStaff(Errors errors, boolean premisesFound, LocalDate today) {
        validate(errors, premisesFound, today);
        if (channelValue() == null) {
            errors.rejectValue("channel", "feedback.error.channel.required");
        }
        LocalDate received = receivedOn();
        if (blank(receivedDay) || blank(receivedMonth) || blank(receivedYear)) {
            errors.rejectValue("receivedDay", "feedback.error.received.required");
        } else if (received == null) {
            errors.rejectValue("receivedDay", "feedback.error.received.invalid");
        } else if (received.isAfter(today) || received.isBefore(today.minusYears(5))) {
            errors.rejectValue("receivedDay", "feedback.error.received.range");
        }
    }

    ViewChannel channelValue() {
        for (ViewChannel c : ViewChannel.staffChannels()) {
            if (c.name().equals(channel)) {
                return c;
            }
        }
        return null;
    }

    LocalDate receivedOn() {
        Integer d = number(receivedDay);
        Integer m = number(receivedMonth);
        Integer y = number(receivedYear);
        if (d == null || m == null || y == null) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String receivedDay) { this.receivedDay = receivedDay; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String receivedMonth) { this.receivedMonth = receivedMonth; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String receivedYear) { this.receivedYear = receivedYear; }
}
