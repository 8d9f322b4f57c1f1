-- Insight filters on people's views: by date received, and by provider or channel within dates.
CREATE INDEX feedback_experience_received_idx ON feedback_experience (network_id, received_on);
CREATE INDEX feedback_experience_provider_idx ON feedback_experience (network_id, provider_id, received_on);
CREATE INDEX feedback_experience_channel_idx ON feedback_experience (network_id, channel, received_on);
