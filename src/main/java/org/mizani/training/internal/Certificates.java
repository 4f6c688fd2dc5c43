package org.mizani.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.mizani.platform.HtmlPdf;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.mizani.training.CertificateCheck;
import org.mizani.training.CertificateVerification;
import org.mizani.training.ParticipantView;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Certificates as PDF, in both languages, with a QR code that opens the public verification page, and
 * that page's lookup. The code is matched whole, in any case and with or without the dashes it is
 * printed with; anything that is not a possible code is answered "unknown" without asking the database.
 */
@Component
class Certificates implements CertificateVerification {

	private final Participants participants;
	private final ITemplateEngine templates;
	private final Mailer mailer;

	Certificates(Participants participants, ITemplateEngine templates, Mailer mailer) {
		this.participants = participants;
		this.templates = templates;
		this.mailer = mailer;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CertificateCheck> verify(String code) {
		String normal = normal(code);
		return normal == null ? Optional.empty() : participants.check(normal);
	}

	/** The code as stored, or null when the text cannot be one. */
	static String normal(String code) {
		if (code == null || code.length() > 64) {
			return null;
		}
		String normal = code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
		if (normal.length() != TrainingDeliveryService.CODE_LENGTH) {
			return null;
		}
		for (char c : normal.toCharArray()) {
			if (TrainingDeliveryService.ALPHABET.indexOf(c) < 0) {
				return null;
			}
		}
		return normal;
	}

	/** "ABCD-EFGH-…", easier to read aloud and type. */
	static String printed(String code) {
		return String.join("-", code.split("(?<=\\G.{4})"));
	}

	byte[] pdf(ParticipantView participant, SessionView session, ProgrammeView programme, Language language) {
		String link = mailer.link("/verify/" + participant.certificateCode());
		Context context = new Context(language.locale());
		context.setVariables(Map.of("participant", participant, "meeting", session, "programme", programme, "language", language,
				"code", printed(participant.certificateCode()), "link", link, "qr", qr(link)));
		return HtmlPdf.render(templates.process("training/certificate-pdf", context));
	}

	static String qr(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240, Map.of(EncodeHintType.MARGIN, 1));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalStateException("a verification link always fits a QR code", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
