-- The two rule sets shipped with the product. Periods tagged S (official secondary sources) or U
-- (widely used convention) are defaults a later version may change; V is checked against the legislation.
-- FIXED_DATE rules count from the end of the period they follow (for the annual report: 31 March).

INSERT INTO calendar_rule_set (id, code, name, version, effective_from, description) VALUES
('018f2a00-0000-7000-8000-000000002008', 'links-2008', 'LINks 2008', 1, DATE '2008-04-01',
 'Local Involvement Networks under the Local Government and Public Involvement in Health Act 2007, Part 14, and the Local Involvement Networks Regulations 2008 (SI 2008/528). The default for every network.'),
('018f2a00-0000-7000-8000-000000002013', 'healthwatch-2013', 'Local Healthwatch 2013', 1, DATE '2013-04-01',
 'Local Healthwatch under the Health and Social Care Act 2012 and its 2012-2013 regulations, which kept the same shape of duties as LINks.');

INSERT INTO calendar_duty_rule (rule_set_id, duty, period, unit, counting, fixed_month, fixed_day, source_tag, source_note, clock_restarts_on_transfer) VALUES
('018f2a00-0000-7000-8000-000000002008', 'INFORMATION_REQUEST_REPLY', 20, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 's 224 and SI 2008/528: reply within 20 working days of receiving the request (widely used convention). A forwarded request is counted again from its receipt by the commissioner.', TRUE),
('018f2a00-0000-7000-8000-000000002008', 'REPORT_RESPONSE', 20, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 's 224 and SI 2008/528: acknowledge and say what action will be taken within 20 working days (widely used convention).', FALSE),
('018f2a00-0000-7000-8000-000000002008', 'OSC_ACKNOWLEDGEMENT', 20, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'V',
 'SI 2008/528 regs 17 and 18: acknowledge within 20 working days beginning with the date the referral was made.', FALSE),
('018f2a00-0000-7000-8000-000000002008', 'ANNUAL_REPORT', 0, 'FIXED_DATE', 'AFTER', 6, 30, 'S',
 's 227 and the Secretary of State''s Directions: annual report by 30 June after the financial year (1 April to 31 March) ends.', FALSE),
('018f2a00-0000-7000-8000-000000002008', 'VISIT_REPORT_PROVIDER_COMMENTS', 10, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 'Local policy: the provider comments on the factual accuracy of a draft Enter and View report.', FALSE),
('018f2a00-0000-7000-8000-000000002008', 'OSC_KEEP_INFORMED_REMINDER', 30, 'CALENDAR_DAYS', 'AFTER', NULL, NULL, 'U',
 'The law sets no interval for keeping the LINk informed: a reminder when nothing has been heard for 30 days.', FALSE),
('018f2a00-0000-7000-8000-000000002008', 'DECISION_PUBLICATION', 10, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 'SI 2008/528 reg 2: publish the decision and reasons within a reasonable time; the network''s target is 10 working days.', FALSE),

('018f2a00-0000-7000-8000-000000002013', 'INFORMATION_REQUEST_REPLY', 20, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 'Local Healthwatch regulations: reply within 20 working days of receiving the request (same shape as LINks). A forwarded request is counted again from its receipt by the commissioner.', TRUE),
('018f2a00-0000-7000-8000-000000002013', 'REPORT_RESPONSE', 20, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 'Local Healthwatch regulations: acknowledge and say what action will be taken within 20 working days (same shape as LINks).', FALSE),
('018f2a00-0000-7000-8000-000000002013', 'OSC_ACKNOWLEDGEMENT', 20, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'S',
 'Health scrutiny regulations 2013: acknowledge within 20 working days beginning with the date of the referral (same shape as LINks regs 17 and 18; not checked against the 2013 text).', FALSE),
('018f2a00-0000-7000-8000-000000002013', 'ANNUAL_REPORT', 0, 'FIXED_DATE', 'AFTER', 6, 30, 'S',
 'Directions on annual reports: by 30 June after the financial year (1 April to 31 March) ends.', FALSE),
('018f2a00-0000-7000-8000-000000002013', 'VISIT_REPORT_PROVIDER_COMMENTS', 10, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 'Local policy: the provider comments on the factual accuracy of a draft Enter and View report.', FALSE),
('018f2a00-0000-7000-8000-000000002013', 'OSC_KEEP_INFORMED_REMINDER', 30, 'CALENDAR_DAYS', 'AFTER', NULL, NULL, 'U',
 'No interval is set in law: a reminder when nothing has been heard for 30 days.', FALSE),
('018f2a00-0000-7000-8000-000000002013', 'DECISION_PUBLICATION', 10, 'WORKING_DAYS', 'BEGINNING_WITH', NULL, NULL, 'U',
 'Publish decisions and reasons within a reasonable time; the network''s target is 10 working days.', FALSE);
