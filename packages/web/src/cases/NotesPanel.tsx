import { NOTE_VISIBILITIES, type NoteVisibility } from '@opennrm/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Label,
  Modal,
  Radio,
  RadioGroup,
} from 'react-aria-components';
import '../decisions/decisions.css';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, fieldId, summaryItems } from '../ui/form-errors';
import { Pagination } from '../ui/Pagination';
import { LongTextInput } from './case-file-fields';
import { useCaseFileMutations, useCaseNotes } from './case-file-queries';
import { useCaseFileWords } from './case-file-words';

/** Case notes: the team's and one's own organisation's, shown on request (each read audited). */
export function NotesPanel({
  caseId,
  mayWrite,
}: {
  readonly caseId: string;
  readonly mayWrite: boolean;
}): ReactNode {
  const t = useT();
  const words = useCaseFileWords();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const [page, setPage] = useState(1);
  const notes = useCaseNotes(caseId, page, shown);
  return (
    <section className="section" aria-labelledby="case-notes">
      <h2 id="case-notes">{t('caseFile.notes.title')}</h2>
      <p>{t('caseFile.notes.intro')}</p>
      <div className="button-row">
        <Button
          className="button button-secondary"
          aria-expanded={shown}
          aria-controls="case-notes-list"
          onPress={() => {
            if (shown) queryClient.removeQueries({ queryKey: ['case-notes', caseId] });
            setShown(!shown);
          }}
        >
          {t(shown ? 'caseFile.notes.hide' : 'caseFile.notes.show')}
        </Button>
        {mayWrite ? <AddNoteDialog caseId={caseId} onAdded={() => setShown(true)} /> : null}
      </div>
      <div id="case-notes-list">
        {shown && notes.isPending ? <Loading /> : null}
        {shown ? <ProblemNotice error={notes.error} /> : null}
        {shown && notes.data ? (
          <>
            {notes.data.items.length === 0 ? <p>{t('caseFile.notes.none')}</p> : null}
            <ul className="case-file-list">
              {notes.data.items.map((note) => (
                <li key={note.id}>
                  <span className="case-file-meta">
                    <bdi>
                      {t('caseFile.notes.by', {
                        author: note.author.name,
                        organisation: note.organisation.name,
                      })}
                    </bdi>
                    {' · '}
                    {words.date(note.writtenAt)}
                    {' · '}
                    {t(`caseFile.notes.visibility.${note.visibility}`)}
                  </span>
                  <p className="timeline-note" dir="auto">
                    {note.body}
                  </p>
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              pageSize={notes.data.pageSize}
              total={notes.data.total}
              onPageChange={setPage}
              label={t('caseFile.notes.pages')}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}

type Field = 'body';

function AddNoteDialog({
  caseId,
  onAdded,
}: {
  readonly caseId: string;
  readonly onAdded: () => void;
}): ReactNode {
  const t = useT();
  const { writeNote } = useCaseFileMutations(caseId);
  const [isOpen, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('team');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const form = 'case-note';
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = body.trim() === '' ? { body: t('caseFile.notes.bodyError') } : {};
    setErrors(found);
    if (found.body) return;
    writeNote.mutate(
      { body, visibility },
      {
        onSuccess: () => {
          setBody('');
          setOpen(false);
          onAdded();
        },
      },
    );
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-primary">{t('caseFile.notes.add')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('caseFile.notes.addTitle')}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <ErrorSummary items={summaryItems(form, errors, ['body'])} />
            <LongTextInput
              id={fieldId(form, 'body')}
              name="body"
              label={t('caseFile.notes.body')}
              value={body}
              onChange={setBody}
              error={errors.body}
              maxLength={10_000}
            />
            <RadioGroup
              name="visibility"
              value={visibility}
              onChange={(value) => setVisibility(value as NoteVisibility)}
              className="field radio-group"
            >
              <Label className="field-label">{t('caseFile.notes.visibility')}</Label>
              <div className="radio-list">
                {NOTE_VISIBILITIES.map((v) => (
                  <Radio key={v} value={v} className="radio">
                    <span className="radio-circle" aria-hidden="true" />
                    <span>
                      {t(`caseFile.notes.visibility.${v}`)}
                      <span className="case-file-meta muted">{t(`caseFile.notes.visibilityHint.${v}`)}</span>
                    </span>
                  </Radio>
                ))}
              </div>
            </RadioGroup>
            <ProblemNotice error={writeNote.error} />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={writeNote.isPending}>
                {t('caseFile.notes.save')}
              </Button>
              <Button className="button button-secondary" onPress={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
