import { unfinishedMeasures, type ItemView } from '@rectify/shared';
import { Tag } from 'antd';
import { EvidenceLinks } from '../../evidence';

/**
 * What a 销号 reviewer judges: the completion report, the 原因分析, every 整改措施 with its state, and
 * the 佐证材料 files themselves (links), not just their number.
 */
export function SignoffReviewIntro({ item }: { item: ItemView }) {
  const measures = item.measures.filter((m) => m.content.trim().length > 0);
  const open = unfinishedMeasures(item);
  return (
    <div className="step-intro">
      <div className="step-intro-label">整改完成情况</div>
      <div className="step-intro-text">{item.completion}</div>
      <div className="step-intro-label">原因分析</div>
      <div className="step-intro-text">{item.causeAnalysis || '（未填写）'}</div>
      <div className="step-intro-label">
        整改措施（共{measures.length}项{open > 0 ? `，${open}项未完成` : '，均已完成'}）
      </div>
      <ol className="review-measures">
        {measures.map((measure, index) => (
          <li key={index}>
            <span className="review-measure-text">{measure.content}</span>{' '}
            {measure.done ? <Tag color="success">已完成</Tag> : <Tag color="warning">未完成</Tag>}
          </li>
        ))}
      </ol>
      <div className="step-intro-label">佐证材料（{item.evidenceCount} 份）</div>
      <EvidenceLinks itemId={item.id} />
      <div className="step-intro-meta">申请人 {item.signoffApplicantName}</div>
    </div>
  );
}
