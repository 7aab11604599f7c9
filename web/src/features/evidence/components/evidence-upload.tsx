import { UploadOutlined } from '@ant-design/icons';
import { checkEvidenceContent, EVIDENCE_ACCEPT, EVIDENCE_HINT, EVIDENCE_LIMITS, evidenceTypeOfName } from '@rectify/shared';
import { App, Button, Upload, type UploadFile, type UploadProps } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useUploadEvidence } from '../api/upload-evidence';

export interface EvidenceUploadProps {
  itemId: string;
  /** Called after each file is stored, with the item's new number of evidence files. */
  onUploaded?: (count: number) => void;
  /** Attach the files to this 整改进展 entry. */
  progressId?: string;
  /** Smaller button, for inside a list. */
  compact?: boolean;
}

/**
 * Uploads 佐证材料 one file at a time. The name and size are checked here for a quick answer; the
 * server decides the type from the content and its Chinese refusal is shown as it is.
 */
export function EvidenceUpload({ itemId, onUploaded, progressId, compact = false }: EvidenceUploadProps) {
  const { message } = App.useApp();
  const upload = useUploadEvidence();
  // Only files still uploading or refused stay listed here; stored ones appear in the evidence list.
  const [fileList, setFileList] = useState<UploadFile[]>([]);

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!evidenceTypeOfName(file.name)) {
      const check = checkEvidenceContent(file.name, null);
      void message.error(check.ok ? '' : check.message);
      return Upload.LIST_IGNORE;
    }
    if (file.size > EVIDENCE_LIMITS.maxFileBytes) {
      void message.error(`“${file.name}”超过 ${EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024} MB，无法上传：请压缩或拆分后再上传`);
      return Upload.LIST_IGNORE;
    }
    if (file.size === 0) {
      void message.error(`“${file.name}”是空文件（0字节），请重新选择`);
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    upload.mutate(
      { itemId, file: file as File, progressId },
      {
        onSuccess: (result) => {
          onSuccess?.(result);
          void message.success(`已上传“${result.evidence.fileName}”`);
          onUploaded?.(result.evidenceCount);
        },
        onError: (error) => {
          const text = errorMessage(error);
          onError?.(Object.assign(new Error(text), { status: 0 }), { message: text });
          void message.error(text);
        },
      },
    );
  };

  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      multiple
      beforeUpload={beforeUpload}
      customRequest={customRequest}
      fileList={fileList}
      onChange={({ fileList: next }) => setFileList(next.filter((f) => f.status !== 'done'))}
      showUploadList={compact ? false : { showRemoveIcon: true }}
      className="evidence-upload"
    >
      <Button icon={<UploadOutlined aria-hidden="true" />} size={compact ? 'small' : 'middle'} type={compact ? 'link' : 'default'} title={EVIDENCE_HINT}>
        {compact ? '附佐证材料' : '上传佐证材料'}
      </Button>
      {!compact && <div className="evidence-hint">{EVIDENCE_HINT}；类型按文件内容核验，请上传原始文件</div>}
    </Upload>
  );
}
