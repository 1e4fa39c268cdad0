/**
 * The listener's output, in the seed's (BerinIA's) format, snake_case kept so
 * the rest of the platform reads it unchanged.
 */
export interface NormalisedResponse {
  source: 'sms';
  sender: string;
  recipient: string;
  content: string;
  campaign_id: string | null;
  received_at: string;
  message_sid: string;
  extracted_data: ExtractedData;
  raw_data: Record<string, string | string[]>;
}

export interface ExtractedData {
  /**
   * Where campaign_id came from: a tag in the body, the last outbound message
   * to the lead, nowhere, or not known yet: the listener never asks the
   * database, and the store resolves it as it writes the message (at once,
   * or when a message spooled while the database was away is replayed).
   */
  campaign_source: 'tag' | 'last_outbound' | 'none' | 'unresolved';
  /** The body without the leading campaign tag. */
  text: string;
  num_media: number;
  media: { url: string; content_type: string | null }[];
  sender_location: { city?: string; state?: string; zip?: string; country?: string };
  account_sid: string | null;
  messaging_service_sid: string | null;
  opt_out_type: 'STOP' | 'START' | 'HELP' | null;
  idempotency_token: string | null;
}
