import type { MessageId } from './catalogues';

// Makes react-intl check every message id at compile time against the English catalogue.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
